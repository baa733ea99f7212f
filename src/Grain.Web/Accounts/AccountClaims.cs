using System.Security.Claims;

namespace Grain.Web.Accounts;

/// <summary>The claims of a signed-in user (cookie or API token) and how to read them back.</summary>
public static class AccountClaims
{
    /// <summary>The claim holding the user's cohort id.</summary>
    public const string Cohort = "grain:cohort";

    /// <summary>The principal of a stored user, for the given authentication scheme.</summary>
    public static ClaimsPrincipal Principal(Store.StoredUser user, string scheme)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role),
        ];
        if (user.CohortId is { } cohort)
        {
            claims.Add(new Claim(Cohort, cohort));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The signed-in user's id, or null when the principal is anonymous.</summary>
    public static long? UserId(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true && long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
