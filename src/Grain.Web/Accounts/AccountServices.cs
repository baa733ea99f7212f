using Grain.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Grain.Web.Accounts;

/// <summary>Cohort mode's wiring: cookie sign-in, bearer API tokens, and the gate that sends anonymous requests to /login.</summary>
public static class AccountServices
{
    /// <summary>The scheme that picks bearer or cookie for each request.</summary>
    public const string Scheme = "grain";

    /// <summary>The browser session cookie's scheme.</summary>
    public const string CookieScheme = "grain-cookie";

    /// <summary>The personal API token scheme.</summary>
    public const string BearerScheme = "grain-bearer";

    /// <summary>Registers cohort mode (from the options or <c>Grain:Cohort</c>), authentication and the login throttle.</summary>
    public static void AddGrainAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => new CohortMode(
            sp.GetRequiredService<GrainWebOptions>().Cohort || sp.GetRequiredService<IConfiguration>().GetValue<bool>(CohortMode.ConfigurationKey)));
        services.AddSingleton<LoginThrottle>();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? BearerScheme : CookieScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = "grain-session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromDays(14);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(BearerScheme, null);
    }

    /// <summary>Reads the session cookie or bearer token; before the cross-site guard, whose antiforgery check is bound to the user.</summary>
    public static void UseGrainAuthentication(this WebApplication app) => app.UseAuthentication();

    /// <summary>
    /// In cohort mode, every request but /login, /invite/…, /api/health (and static files, served before this) needs a
    /// signed-in user: pages redirect to /login?return=…, the API answers 401.
    /// </summary>
    public static void UseCohortGate(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (!context.RequestServices.GetRequiredService<CohortMode>().Enabled || context.User.Identity?.IsAuthenticated == true || IsPublic(context.Request.Path))
        {
            await next(context);
            return;
        }
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await ErrorHandling.WriteAsync(context, StatusCodes.Status401Unauthorized,
                "Sign in first: send 'Authorization: Bearer TOKEN' with a token from 'grain user token NAME'.");
            return;
        }
        var back = HttpMethods.IsGet(context.Request.Method) ? (context.Request.Path + context.Request.QueryString).ToString() : "/";
        context.Response.Redirect("/login?return=" + Uri.EscapeDataString(back));
    });

    /// <summary>A local path to go back to after signing in; anything else (another site, //host) becomes "/".</summary>
    public static string SafeReturn(string? path) =>
        path is { Length: > 0 } p && p[0] == '/' && (p.Length == 1 || (p[1] != '/' && p[1] != '\\')) && !p.StartsWith("/login", StringComparison.Ordinal) ? p : "/";

    private static bool IsPublic(PathString path) =>
        path.Equals("/login") || path.StartsWithSegments("/invite") || path.Equals("/api/health");

    // A disabled or deleted user, or one whose role or cohort changed, loses their session at the next request.
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        if (!services.GetRequiredService<CohortMode>().Enabled)
        {
            // A session cookie left from a cohort-mode run means nothing to a local app.
            context.RejectPrincipal();
            return;
        }
        var store = services.GetRequiredService<IGrainStore>();
        var id = AccountClaims.UserId(context.Principal);
        var user = id is { } v ? await store.GetUserByIdAsync(v, context.HttpContext.RequestAborted) : null;
        if (user is null || user.Disabled || !context.Principal!.IsInRole(user.Role)
            || context.Principal.FindFirst(AccountClaims.Cohort)?.Value != user.CohortId)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme);
        }
    }
}
