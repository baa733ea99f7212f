using System.Text.RegularExpressions;

namespace Grain.Web.Accounts;

/// <summary>What a user name, a cohort id and a password must look like; each check returns the message to show, or null.</summary>
public static partial class AccountRules
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 8;

    /// <summary>The longest password accepted (hashing is deliberately slow).</summary>
    public const int MaxPasswordLength = 256;

    /// <summary>Null when the name is usable, else why not.</summary>
    public static string? NameError(string? name) =>
        name is not null && Identifier().IsMatch(name) ? null
        : "a user name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    /// <summary>Null when the cohort id is usable, else why not.</summary>
    public static string? CohortError(string? cohort) =>
        cohort is not null && Identifier().IsMatch(cohort) ? null
        : "a cohort id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    /// <summary>Null when the password is usable, else why not.</summary>
    public static string? PasswordError(string? password) =>
        password is null || password.Length < MinPasswordLength ? $"a password has at least {MinPasswordLength} characters"
        : password.Length > MaxPasswordLength ? $"a password has at most {MaxPasswordLength} characters"
        : null;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex Identifier();
}
