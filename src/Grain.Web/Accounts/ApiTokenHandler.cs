using System.Text.Encodings.Web;
using Grain.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Grain.Web.Accounts;

/// <summary>Authenticates <c>Authorization: Bearer TOKEN</c> (cohort mode): the token's SHA-256 must belong to an enabled user and not be revoked.</summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IGrainStore store, CohortMode cohort)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!cohort.Enabled || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var token = header[Prefix.Length..].Trim();
        if (token.Length is 0 or > 256)
        {
            return AuthenticateResult.Fail("malformed bearer token");
        }
        return await store.FindUserByApiTokenAsync(AccountSecrets.Hash(token), Context.RequestAborted) is { } user
            ? AuthenticateResult.Success(new AuthenticationTicket(AccountClaims.Principal(user, Scheme.Name), Scheme.Name))
            : AuthenticateResult.Fail("unknown or revoked token");
    }
}
