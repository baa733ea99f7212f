using Grain.Store;
using Grain.Web.Accounts;
using Grain.Web.Components.Pages;
using Microsoft.AspNetCore.Authentication;

namespace Grain.Web.Pages;

/// <summary>Cohort mode's sign-in, sign-out and single-use invite pages (mapped only in cohort mode).</summary>
public static class AccountPages
{
    /// <summary>The one thing a failed sign-in says: not which part was wrong.</summary>
    public const string WrongLogin = "Name or password is wrong.";

    /// <summary>What a client over the attempt limit is told.</summary>
    public const string TooManyAttempts = "Too many sign-in attempts. Wait a minute, then try again.";

    // Verified when the name is unknown, so an unknown name takes as long as a wrong password.
    private static readonly string DecoyHash = AccountSecrets.HashPassword("-", Guid.NewGuid().ToString());

    public static void MapAccountPages(this WebApplication app)
    {
        app.MapGet("/login", (string? @return) => Login(AccountServices.SafeReturn(@return), "", null, StatusCodes.Status200OK));
        app.MapPost("/login", LoginAsync);
        app.MapGet("/logout", () => PageResults.Render<LogoutPage>());
        app.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(AccountServices.CookieScheme);
            return Results.Redirect("/login");
        });
        app.MapGet("/invite/{code}", async (string code, IGrainStore store, TimeProvider clock) =>
            await store.GetInviteCohortAsync(AccountSecrets.Hash(code), clock.GetUtcNow()) is { } cohortId
                ? Invite(code, cohortId, "", null, StatusCodes.Status200OK)
                : NotFoundPage.Page("invite", "(this link was used or has expired)"));
        app.MapPost("/invite/{code}", RedeemAsync);
    }

    private static IResult Login(string back, string name, string? error, int status) =>
        PageResults.Render<LoginPage>(new { Return = back, Name = name, Error = error }, status);

    private static IResult Invite(string code, string cohortId, string name, string? error, int status) =>
        PageResults.Render<InvitePage>(new { Code = code, CohortId = cohortId, Name = name, Error = error }, status);

    private static async Task<IResult> LoginAsync(HttpContext context, IGrainStore store, LoginThrottle throttle)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : FormCollection.Empty;
        var name = form["name"].ToString().Trim();
        var password = form["password"].ToString();
        var back = AccountServices.SafeReturn(form["return"]);
        if (!throttle.TryAttempt(context, name))
        {
            return Login(back, name, TooManyAttempts, StatusCodes.Status429TooManyRequests);
        }
        var user = name.Length is > 0 and <= 64 ? await store.GetUserAsync(name) : null;
        var matches = AccountSecrets.VerifyPassword(name, user?.PasswordHash ?? DecoyHash, password) && user is { Disabled: false };
        if (!matches)
        {
            return Login(back, name, WrongLogin, StatusCodes.Status400BadRequest);
        }
        await context.SignInAsync(AccountServices.CookieScheme, AccountClaims.Principal(user!, AccountServices.CookieScheme));
        return Results.Redirect(back);
    }

    private static async Task<IResult> RedeemAsync(string code, HttpContext context, IGrainStore store, TimeProvider clock)
    {
        var hash = AccountSecrets.Hash(code);
        if (await store.GetInviteCohortAsync(hash, clock.GetUtcNow()) is not { } cohortId)
        {
            return NotFoundPage.Page("invite", "(this link was used or has expired)");
        }
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : FormCollection.Empty;
        var name = form["name"].ToString().Trim();
        var password = form["password"].ToString();
        if ((AccountRules.NameError(name) ?? AccountRules.PasswordError(password)) is { } error)
        {
            return Invite(code, cohortId, name, Capitalised(error), StatusCodes.Status400BadRequest);
        }
        if (await store.GetUserAsync(name) is not null
            || await store.RedeemInviteAsync(hash, name, AccountSecrets.HashPassword(name, password), clock.GetUtcNow()) is not { } id)
        {
            return Invite(code, cohortId, name, "That name is taken (or the link was just used). Pick another name.", StatusCodes.Status409Conflict);
        }
        var user = (await store.GetUserByIdAsync(id))!;
        await context.SignInAsync(AccountServices.CookieScheme, AccountClaims.Principal(user, AccountServices.CookieScheme));
        return Results.Redirect("/");
    }

    private static string Capitalised(string message) => char.ToUpperInvariant(message[0]) + message[1..] + ".";
}
