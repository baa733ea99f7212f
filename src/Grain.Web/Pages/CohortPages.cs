using System.Text;
using Grain.Web.Accounts;
using Grain.Web.Cohort;
using Grain.Web.Components.Pages;
using Grain.Web.Learning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grain.Web.Pages;

/// <summary>The instructor's view of a cohort (mapped only in cohort mode; instructors only): progress page, CSV export, JSON, invite links.</summary>
public static class CohortPages
{
    /// <summary>How long an invite link stays valid.</summary>
    public static readonly TimeSpan InviteLifetime = TimeSpan.FromDays(7);

    public static void MapCohortPages(this WebApplication app)
    {
        app.MapGet("/cohort", async (Learner learner) => Refusal(learner) ?? await ShowAsync(learner, null));
        app.MapGet("/cohort/export.csv", async (Learner learner) =>
        {
            if (Refusal(learner) is { } refused)
            {
                return refused;
            }
            var csv = CohortReport.Csv(await CohortReport.BuildAsync(learner, learner.CohortId));
            return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"cohort-{learner.CohortId ?? "all"}-{learner.Today:yyyy-MM-dd}.csv");
        });
        app.MapPost("/cohort/invites", InviteAsync);
        app.MapPost("/cohort/assignments", AssignAsync);
        app.MapGet("/api/cohorts/{id}/progress", async Task<Results<Ok<CohortProgress>, ProblemHttpResult>> (string id, Learner learner) =>
                !learner.Oversees(id) ? TypedResults.Problem(statusCode: 403, title: "Refused", detail: "Only an instructor of this cohort can read its progress.")
                : TypedResults.Ok(await CohortReport.BuildAsync(learner, id)))
            .WithTags("Cohort")
            .WithSummary("A cohort's progress (instructors only): each learner's readiness per skill, activity in the last 7 days, recent submissions, and the problems failed most.");
    }

    // A learner may not look.
    private static IResult? Refusal(Learner learner) =>
        !learner.IsInstructor ? ErrorPages.Render("Refused", "Instructors only", "The cohort view is for instructors.", "/", "Back to the dashboard", "cohort", StatusCodes.Status403Forbidden)
        : null;

    private static async Task<IResult> ShowAsync(Learner learner, string? inviteLink, int status = StatusCodes.Status200OK) =>
        PageResults.Render<CohortPage>(new
        {
            Progress = await CohortReport.BuildAsync(learner, learner.CohortId),
            learner.Library,
            InviteLink = inviteLink,
        }, status);

    // The instructor's cohort gets problems and cards due on a date; they show on each learner's plan page.
    private static async Task<IResult> AssignAsync(HttpRequest request, Learner learner)
    {
        if (Refusal(learner) is { } refused)
        {
            return refused;
        }
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var title = form["title"].ToString().Trim();
        var items = form["items"].ToString().Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        var unknown = items.Where(i => learner.Library.Find(i) is null).ToList();
        string? problem =
            learner.CohortId is null ? "Only an instructor of a cohort sets assignments."
            : title.Length is 0 or > 200 ? "Give the assignment a title (at most 200 characters)."
            : items.Count is 0 or > 100 ? "List between 1 and 100 item ids (problems, cards or exercises), separated by commas or spaces."
            : unknown.Count > 0 ? $"No item with the id {string.Join(", ", unknown.Take(5))} in the library."
            : !DateOnly.TryParseExact(form["due"].ToString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _) ? "Give the due date as yyyy-mm-dd."
            : null;
        if (problem is not null)
        {
            return ErrorPages.Render("Bad request", "Assignment not saved", problem, "/cohort", "Back to the cohort", "cohort", StatusCodes.Status400BadRequest);
        }
        var due = DateOnly.ParseExact(form["due"].ToString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await learner.Store.AddAssignmentAsync(learner.CohortId!, title, items, due, await learner.UserIdAsync(), learner.Now);
        return Results.Redirect("/cohort#assignments");
    }

    private static async Task<IResult> InviteAsync(HttpRequest request, Learner learner)
    {
        if (Refusal(learner) is { } refused)
        {
            return refused;
        }
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        // An instructor of a cohort invites into it; one without a cohort names the cohort.
        var cohortId = learner.CohortId ?? form["cohort"].ToString().Trim();
        if (AccountRules.CohortError(cohortId) is { } error)
        {
            return ErrorPages.Render("Bad request", "No cohort", char.ToUpperInvariant(error[0]) + error[1..] + ".", "/cohort", "Back to the cohort", "cohort", StatusCodes.Status400BadRequest);
        }
        var code = AccountSecrets.NewInviteCode();
        await learner.Store.AddInviteAsync(AccountSecrets.Hash(code), cohortId, await learner.UserIdAsync(), learner.Now, learner.Now.Add(InviteLifetime));
        return await ShowAsync(learner, $"{request.Scheme}://{request.Host}/invite/{code}");
    }
}
