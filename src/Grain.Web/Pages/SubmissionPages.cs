using System.Text;
using Grain.Content;
using Grain.Core.Content;
using Grain.Store;
using Grain.Web.Learning;
using Grain.Web.Submissions;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>Result panels followed by htmx, the submission page (no-JS fallback) and a problem's past submissions.</summary>
public static class SubmissionPages
{
    public static void MapSubmissionPages(this WebApplication app)
    {
        app.MapGet("/submissions/{id}/panel", async (string id, IGrainStore store, ContentLibrary library) =>
            await FindAsync(store, id) is { } s ? Layout.Fragment(Panel(s, library)) : Layout.Fragment("<p class=\"error\">That submission does not exist.</p>", 404));
        app.MapGet("/submissions/{id}", async (string id, IGrainStore store, ContentLibrary library) =>
            await FindAsync(store, id) is { } s ? SubmissionPage(s, library) : NotFoundPage.Page("submission", id));
        app.MapPost("/problems/{id}/submit", SubmitFormAsync);
        app.MapGet("/problems/{id}/history", async (string id, IGrainStore store, Learner learner, ContentLibrary library) =>
            library.Find<Problem>(id) is null ? Layout.Fragment("<p class=\"error\">That problem does not exist.</p>", 404)
                : Layout.Fragment(History(await store.GetSubmissionsAsync(await learner.UserIdAsync(), id))));
    }

    /// <summary>The result panel: a polling placeholder while grading, the rendered report when done.</summary>
    public static string Panel(StoredSubmission s, ContentLibrary library)
    {
        if (!s.IsFinished() || s.Report() is not { } report)
        {
            var what = s.Status == SubmissionStatus.Running ? "Grading" : "Queued";
            return $"<div id=\"panel-{s.Id}\" hx-get=\"/submissions/{s.Id}/panel\" hx-trigger=\"load delay:500ms\" hx-swap=\"outerHTML\">" +
                   $"<p class=\"pending card\" role=\"status\">{what}: {(s.ExamplesOnly ? "running the examples" : "running every check")}…</p></div>";
        }
        return ResultView.Render(report, library.Find<Problem>(s.ProblemId), s.ExamplesOnly) +
               $"<div hidden hx-get=\"/problems/{U(s.ProblemId)}/history\" hx-trigger=\"load\" hx-target=\"#history\" hx-swap=\"outerHTML\"></div>";
    }

    private static async Task<StoredSubmission?> FindAsync(IGrainStore store, string id) =>
        long.TryParse(id, out var n) ? await store.GetSubmissionAsync(n) : null;

    private static IResult SubmissionPage(StoredSubmission s, ContentLibrary library)
    {
        var title = library.Find(s.ProblemId)?.Title ?? s.ProblemId;
        var body = new StringBuilder()
            .Append($"<p class=\"muted small\"><a href=\"/problems/{U(s.ProblemId)}\">{E(title)}</a> › submission</p>")
            .Append($"<h1>{(s.ExamplesOnly ? "Run" : "Submission")} {s.Id}: {E(title)}</h1><p class=\"muted\">{s.CreatedAt:yyyy-MM-dd HH:mm} UTC · {E(s.Language)}</p>")
            .Append(Panel(s, library))
            .Append($"<details class=\"card\"><summary>Code</summary><pre><code>{E(s.Code)}</code></pre></details>");
        if (!s.IsFinished())
        {
            body.Append("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>");
        }
        return Layout.Page("Submission", body.ToString(), "problems");
    }

    private static async Task<IResult> SubmitFormAsync(string id, HttpRequest request, ContentLibrary library, GradingQueue queue)
    {
        if (library.Find<Problem>(id) is not { } problem)
        {
            return NotFoundPage.Page("problem", id);
        }
        if (request.ContentLength > Api.SubmissionApi.MaxBytes * 2)
        {
            return Layout.Page("Too large", "<div class=\"card empty\"><h1>Too large</h1><p>A submission may be at most 64 KB.</p></div>", "problems", 413);
        }
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var code = form["code"].ToString();
        if (System.Text.Encoding.UTF8.GetByteCount(code) > Api.SubmissionApi.MaxBytes)
        {
            return Layout.Page("Too large", "<div class=\"card empty\"><h1>Too large</h1><p>A submission may be at most 64 KB.</p></div>", "problems", 413);
        }
        if (string.IsNullOrWhiteSpace(code))
        {
            return Layout.Page("Empty", $"<div class=\"card empty\"><h1>No code</h1><p>Write some code first.</p><p><a href=\"/problems/{U(id)}\">Back</a></p></div>", "problems", 400);
        }
        var submission = await queue.SubmitAsync(problem.Id, problem.Language, code, form["mode"] == "run");
        return Results.Redirect($"/submissions/{submission.Id}", permanent: false, preserveMethod: false);
    }

    private static string History(IReadOnlyList<StoredSubmission> submissions)
    {
        if (submissions.Count == 0)
        {
            return "<section class=\"card\" id=\"history\"><h2>Past submissions</h2><p class=\"muted\">None yet.</p></section>";
        }
        var html = new StringBuilder("<section class=\"card\" id=\"history\"><h2>Past submissions</h2><div class=\"table-wrap\"><table><tr><th>When</th><th>Kind</th><th>Result</th></tr>");
        foreach (var s in submissions.Take(10))
        {
            var status = s.Report()?.Status ?? s.Status;
            html.Append($"<tr><td><a href=\"/submissions/{s.Id}\">{s.CreatedAt:MMM d, HH:mm}</a></td><td>{(s.ExamplesOnly ? "run" : "submit")}</td><td>{Chip(status, "status-" + status)}</td></tr>");
        }
        return html.Append("</table></div></section>").ToString();
    }
}
