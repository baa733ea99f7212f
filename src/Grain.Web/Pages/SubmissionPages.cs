using System.Text;
using Grain.Content;
using Grain.Core.Content;
using Grain.Web.Submissions;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>Result panels followed by htmx, the submission page (no-JS fallback) and a problem's past submissions.</summary>
public static class SubmissionPages
{
    public static void MapSubmissionPages(this WebApplication app)
    {
        app.MapGet("/submissions/{id}/panel", async (string id, ISubmissionStore store, ContentLibrary library) =>
            await store.GetAsync(id) is { } s ? Layout.Fragment(Panel(s, library)) : Layout.Fragment("<p class=\"error\">That submission does not exist.</p>", 404));
        app.MapGet("/submissions/{id}", async (string id, ISubmissionStore store, ContentLibrary library) =>
            await store.GetAsync(id) is { } s ? SubmissionPage(s, library) : NotFoundPage.Page("submission", id));
        app.MapPost("/problems/{id}/submit", SubmitFormAsync);
        app.MapGet("/problems/{id}/history", async (string id, ISubmissionStore store) => Layout.Fragment(History(await store.ForProblemAsync(id))));
    }

    /// <summary>The result panel: a polling placeholder while grading, the rendered report when done.</summary>
    public static string Panel(Submission s, ContentLibrary library)
    {
        if (s.State != SubmissionState.Done || s.Result is null)
        {
            var what = s.State == SubmissionState.Running ? "Grading" : "Queued";
            return $"<div id=\"panel-{E(s.Id)}\" hx-get=\"/submissions/{U(s.Id)}/panel\" hx-trigger=\"load delay:500ms\" hx-swap=\"outerHTML\">" +
                   $"<p class=\"pending card\" role=\"status\">{what}: {(s.ExamplesOnly ? "running the examples" : "running every check")}…</p></div>";
        }
        return ResultView.Render(s.Result, library.Find<Problem>(s.Problem), s.ExamplesOnly) +
               $"<div hidden hx-get=\"/problems/{U(s.Problem)}/history\" hx-trigger=\"load\" hx-target=\"#history\" hx-swap=\"outerHTML\"></div>";
    }

    private static IResult SubmissionPage(Submission s, ContentLibrary library)
    {
        var title = library.Find(s.Problem)?.Title ?? s.Problem;
        var body = new StringBuilder()
            .Append($"<p class=\"muted small\"><a href=\"/problems/{U(s.Problem)}\">{E(title)}</a> › submission</p>")
            .Append($"<h1>Submission {E(s.Id)}</h1><p class=\"muted\">{s.SubmittedAt:yyyy-MM-dd HH:mm} UTC · {E(s.Language)}</p>")
            .Append(Panel(s, library))
            .Append($"<details class=\"card\"><summary>Code</summary><pre><code>{E(s.Code)}</code></pre></details>");
        if (s.State != SubmissionState.Done)
        {
            body.Append("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>");
        }
        return Layout.Page("Submission", body.ToString(), "problems");
    }

    private static async Task<IResult> SubmitFormAsync(string id, HttpRequest request, ContentLibrary library, ISubmissionStore store, GradingQueue queue)
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
        var submission = new Submission
        {
            Id = DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8],
            Problem = problem.Id,
            Language = problem.Language,
            Code = code,
            ExamplesOnly = form["mode"] == "run",
            SubmittedAt = DateTimeOffset.UtcNow,
        };
        await store.AddAsync(submission);
        queue.Enqueue(submission.Id);
        return Results.Redirect($"/submissions/{U(submission.Id)}", permanent: false, preserveMethod: false);
    }

    private static string History(IReadOnlyList<Submission> submissions)
    {
        if (submissions.Count == 0)
        {
            return "<section class=\"card\" id=\"history\"><h2>Past submissions</h2><p class=\"muted\">None yet.</p></section>";
        }
        var html = new StringBuilder("<section class=\"card\" id=\"history\"><h2>Past submissions</h2><div class=\"table-wrap\"><table><tr><th>When</th><th>Kind</th><th>Result</th></tr>");
        foreach (var s in submissions.Take(10))
        {
            var status = s.Result?.Status ?? s.State;
            html.Append($"<tr><td><a href=\"/submissions/{U(s.Id)}\">{s.SubmittedAt:MMM d, HH:mm}</a></td><td>{(s.ExamplesOnly ? "run" : "submit")}</td><td>{Chip(status, "status-" + status)}</td></tr>");
        }
        return html.Append("</table></div></section>").ToString();
    }
}
