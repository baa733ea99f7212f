namespace Grain.Store;

/// <summary>A user account: the built-in local learner, or a cohort member who signs in with a password.</summary>
public sealed record StoredUser(long Id, string Name, string Role, string? CohortId, bool Disabled, string? PasswordHash, DateTimeOffset CreatedAt)
{
    /// <summary>True for an instructor.</summary>
    public bool IsInstructor => Role == UserRoles.Instructor;
}

/// <summary>A user to add: a name, a role (<see cref="UserRoles"/>), an optional cohort and the password's hash.</summary>
public sealed record NewUser(string Name, string Role, string? CohortId, string? PasswordHash);

/// <summary>The roles a user can have.</summary>
public static class UserRoles
{
    /// <summary>Practises; sees only their own data.</summary>
    public const string Learner = "learner";

    /// <summary>Practises too, and sees the progress of their cohort.</summary>
    public const string Instructor = "instructor";

    /// <summary>Every role, in help order.</summary>
    public static readonly IReadOnlyList<string> All = [Learner, Instructor];
}
