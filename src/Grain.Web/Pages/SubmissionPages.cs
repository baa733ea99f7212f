using Grain.Content;
using Grain.Core.Content;
using Grain.Store;
using Grain.Web.Components.Pages;
using Grain.Web.Components.Results;
using Grain.Web.Components.Shared;
using Grain.Web.Learning;
using Grain.Web.Submissions;

namespace Grain.Web.Pages;

/// <summary>Result panels followed by htmx, the submission page (no-JS fallback) and a problem's past submissions.</summary>
public static class SubmissionPages
{
    public static void MapSubmissionPages(this WebApplication app)
    {
        app.MapGet("/submissions/{id}/panel", async (string id, HttpRequest request, Learner learner, ContentLibrary library) =>
            await FindAsync(learner, id) is { } s
                ? PageResults.Render<ResultPanel>(new { Submission = s, Library = library, History = request.Query["history"] != "0", Reference = ReferenceAfterPass(s, library) })
                : PageResults.Render<ErrorNote>(new { Text = "That submission does not exist." }, StatusCodes.Status404NotFound));
        app.MapGet("/submissions/{id}", async (string id, Learner learner, ContentLibrary library) =>
            await FindAsync(learner, id) is { } s ? PageResults.Render<SubmissionPage>(new { Submission = s, Library = library, Reference = ReferenceAfterPass(s, library) }) : NotFoundPage.Page("submission", id));
        app.MapPost("/problems/{id}/submit", SubmitFormAsync);
        app.MapGet("/problems/{id}/history", async (string id, IGrainStore store, Learner learner, ContentLibrary library) =>
            library.Find<Problem>(id) is null
                ? PageResults.Render<ErrorNote>(new { Text = "That problem does not exist." }, StatusCodes.Status404NotFound)
                : PageResults.Render<SubmissionHistory>(new { Submissions = await store.GetSubmissionsAsync(await learner.UserIdAsync(), id) }));
    }

    /// <summary>The reference solution once a full Submit passed (the learner has earned it), else null.</summary>
    private static string? ReferenceAfterPass(StoredSubmission s, ContentLibrary library) =>
        s.Passed == true && !s.ExamplesOnly && library.Find<Problem>(s.ProblemId) is { } problem ? ProblemFiles.Reference(problem, s.Language) : null;

    // Someone else's submission answers as a missing one.
    private static async Task<StoredSubmission?> FindAsync(Learner learner, string id) =>
        long.TryParse(id, out var n) ? await learner.SubmissionAsync(n) : null;

    private static async Task<IResult> SubmitFormAsync(string id, HttpRequest request, ContentLibrary library, ProblemChoices choices, GradingQueue queue, Learner learner)
    {
        if (library.Find<Problem>(id) is not { } problem)
        {
            return NotFoundPage.Page("problem", id);
        }
        if (request.ContentLength > Api.SubmissionApi.MaxBytes * 2)
        {
            return TooLarge();
        }
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var code = form["code"].ToString();
        if (System.Text.Encoding.UTF8.GetByteCount(code) > Api.SubmissionApi.MaxBytes)
        {
            return TooLarge();
        }
        if (string.IsNullOrWhiteSpace(code))
        {
            return ErrorPages.Render("Empty", "No code", "Write some code first.", "/problems/" + Labels.Url(id), "Back", "problems", StatusCodes.Status400BadRequest);
        }
        var language = form["language"].ToString() is { Length: > 0 } l ? l : problem.Language;
        var engine = form["engine"].ToString() is { Length: > 0 } e ? e : null;
        if (choices.Refusal(problem, language, engine) is { } refusal)
        {
            return ErrorPages.Render("Refused", "Not accepted", refusal, "/problems/" + Labels.Url(id), "Back", "problems", StatusCodes.Status400BadRequest);
        }
        var submission = await queue.SubmitAsync(await learner.UserIdAsync(), problem.Id, language, code, form["mode"] == "run", engine);
        return Results.Redirect($"/submissions/{submission.Id}", permanent: false, preserveMethod: false);
    }

    private static IResult TooLarge() =>
        ErrorPages.Render("Too large", "Too large", "A submission may be at most 64 KB.", null, "", "problems", StatusCodes.Status413PayloadTooLarge);
}
