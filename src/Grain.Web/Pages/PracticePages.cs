using Grain.Content;
using Grain.Core.Learning.Mock;
using Grain.Web.Components.Pages;
using Grain.Web.Components.Shared;
using Grain.Web.Learning;
using Grain.Core.Learning.Practice;
using Grain.Web.Practice;

namespace Grain.Web.Pages;

/// <summary>Design, modelling and behavioural practice: timed answer, then reference answer, rubric ticking and verdict.</summary>
public static class PracticePages
{
    public static void MapPracticePages(this WebApplication app)
    {
        app.MapGet("/practice", async (ContentLibrary library, ProgressView progress) =>
            PageResults.Render<PracticeListPage>(new { Library = library, Statuses = await progress.StatusesAsync() }));
        app.MapGet("/practice/{id}", async (string id, ContentLibrary library, ProgressView progress) =>
            Exercise.Find(library, id) is { } e
                ? PageResults.Render<PracticeAnswerPage>(new { Exercise = e, Library = library, HintsShown = await progress.HintsShownAsync(e.Item.Id) })
                : NotFoundPage.Page("exercise", id));
        app.MapPost("/practice/{id}/hints", RevealHintAsync);
        app.MapPost("/practice/{id}", async (string id, HttpRequest request, ContentLibrary library) =>
            Exercise.Find(library, id) is { } e ? Compare(e, await FormAsync(request)) : NotFoundPage.Page("exercise", id));
        app.MapPost("/practice/{id}/verdict", async (string id, HttpRequest request, ContentLibrary library, Learner learner) =>
            Exercise.Find(library, id) is { } e ? await VerdictAsync(e, await FormAsync(request), learner) : NotFoundPage.Page("exercise", id));
    }

    private static IResult Compare(Exercise e, IFormCollection form)
    {
        var answer = Clip(form["answer"].ToString());
        return PageResults.Render<PracticeComparePage>(new { Exercise = e, Answer = answer, Missing = KeyPhrases.Missing(answer, e.KeyPhrases) });
    }

    private static async Task<IResult> RevealHintAsync(string id, HttpRequest request, ContentLibrary library, ProgressView progress)
    {
        if (Exercise.Find(library, id) is not { } e)
        {
            return NotFoundPage.Page("exercise", id);
        }
        var shown = Math.Min(await progress.HintsShownAsync(e.Item.Id) + 1, e.Hints.Count);
        if (shown > 0)
        {
            await progress.RecordHintAsync(e.Item.Id, shown);
        }
        var action = $"/practice/{Labels.Url(e.Item.Id)}/hints";
        return request.Headers.ContainsKey("HX-Request")
            ? PageResults.Render<HintLadder>(new { e.Hints, Shown = shown, Action = action })
            : Results.Redirect($"/practice/{Labels.Url(e.Item.Id)}#hints");
    }

    private static async Task<IResult> VerdictAsync(Exercise e, IFormCollection form, Learner learner)
    {
        List<RubricGrade> Grades(string key, HireVerdict level, IReadOnlyList<string> criteria)
        {
            var ticked = form[key].Select(v => int.TryParse(v, out var i) ? i : -1).ToHashSet();
            return criteria.Select((c, i) => new RubricGrade(level, c, ticked.Contains(i))).ToList();
        }
        List<RubricGrade> grades =
        [
            .. Grades("strong", HireVerdict.StrongHire, e.Rubric.StrongHire),
            .. Grades("lean", HireVerdict.LeanHire, e.Rubric.LeanHire),
            .. Grades("no", HireVerdict.NoHire, e.Rubric.NoHire),
        ];
        var verdict = HireRule.Round(grades);
        await learner.RecordPracticeAsync(e.Item, verdict);
        var answer = Clip(form["answer"].ToString());
        return PageResults.Render<PracticeVerdictPage>(new
        {
            Exercise = e,
            Verdict = verdict,
            Grades = (IReadOnlyList<RubricGrade>)grades,
            Missing = KeyPhrases.Missing(answer, e.KeyPhrases),
        });
    }

    private static async Task<IFormCollection> FormAsync(HttpRequest request) =>
        request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;

    private static string Clip(string text) => text.Length > PracticeAnswerPage.MaxAnswerChars ? text[..PracticeAnswerPage.MaxAnswerChars] : text;
}
