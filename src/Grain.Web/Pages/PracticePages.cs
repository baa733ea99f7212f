using System.Text;
using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Learning.Mock;
using Grain.Web.Learning;
using Grain.Core.Learning.Practice;
using Grain.Web.Practice;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>Design, modelling and behavioural practice: timed answer, then reference answer, rubric ticking and verdict.</summary>
public static class PracticePages
{
    private const int MaxAnswerChars = 20_000;

    public static void MapPracticePages(this WebApplication app)
    {
        app.MapGet("/practice", async (ContentLibrary library, ProgressView progress) => Index(library, await progress.StatusesAsync()));
        app.MapGet("/practice/{id}", async (string id, ContentLibrary library, ProgressView progress) =>
            Exercise.Find(library, id) is { } e ? Answer(e, await progress.HintsShownAsync(e.Item.Id)) : NotFoundPage.Page("exercise", id));
        app.MapPost("/practice/{id}/hints", RevealHintAsync);
        app.MapPost("/practice/{id}", async (string id, HttpRequest request, ContentLibrary library) =>
            Exercise.Find(library, id) is { } e ? Compare(e, await FormAsync(request)) : NotFoundPage.Page("exercise", id));
        app.MapPost("/practice/{id}/verdict", async (string id, HttpRequest request, ContentLibrary library, Learner learner) =>
            Exercise.Find(library, id) is { } e ? await VerdictAsync(e, await FormAsync(request), learner) : NotFoundPage.Page("exercise", id));
    }

    private static IResult Index(ContentLibrary library, ItemStatuses progress)
    {
        var body = new StringBuilder("<div class=\"hero\"><h1>Practice</h1><p class=\"lead\">Answer against the clock as in the round, then compare with a reference answer and grade yourself on the hire rubric.</p></div>");
        foreach (var (title, kind, items) in new (string, string, IEnumerable<IContentItem>)[]
                 {
                     ("System and pipeline design", "design", library.Designs),
                     ("Data modelling", "modeling", library.Modeling),
                     ("Behavioural", "behavioral", library.Behavioral),
                 })
        {
            body.Append($"<h2 id=\"{kind}\">{title}</h2>");
            var list = items.OrderBy(i => i.Level).ThenBy(i => i.Title, StringComparer.Ordinal).ToList();
            body.Append(list.Count == 0 ? "<p class=\"muted\">Nothing here yet.</p>" : "<ul class=\"items\">" + string.Concat(list.Select(i => LibraryPages.ItemRow(library, i, progress.Of(i)))) + "</ul>");
        }
        return Layout.Page("Practice", body.ToString(), "practice");
    }

    private static IResult Answer(Exercise e, int hintsShown)
    {
        var body = new StringBuilder()
            .Append($"<p class=\"muted small\"><a href=\"/practice\">Practice</a> › {E(KindText(e.Item.Kind))}</p>")
            .Append($"<div class=\"spread\"><h1>{E(e.Item.Title)}</h1><span class=\"row\"><span class=\"muted small\">{e.Minutes} min round</span>")
            .Append($"<span class=\"timer\" role=\"timer\" aria-label=\"Time left\" data-countdown=\"{e.Minutes * 60}\">{e.Minutes}:00</span></span></div>")
            .Append($"<section class=\"card prose\"><h2>Prompt</h2>{Md(e.Prompt)}</section>");
        if (e.ClarifyingQuestions.Count > 0)
        {
            body.Append($"<details class=\"card\"><summary><strong>Clarifying questions to ask</strong></summary>{List(e.ClarifyingQuestions)}</details>");
        }
        if (e.Item is BehavioralPrompt b)
        {
            body.Append($"<details class=\"card prose\"><summary><strong>STAR guidance</strong></summary>{Md(b.StarGuidance)}</details>");
        }
        body.Append(HintsHtml(e, hintsShown));
        body.Append($"<form class=\"card\" method=\"post\" action=\"/practice/{U(e.Item.Id)}\">{Security.FormToken.Field()}")
            .Append("<label for=\"answer\">Your answer</label>")
            .Append("<p class=\"muted small\">Write it as you would say it: structure first, then numbers, then trade-offs.</p>")
            .Append($"<textarea id=\"answer\" name=\"answer\" rows=\"14\" maxlength=\"{MaxAnswerChars}\" placeholder=\"Start with the questions you would ask, then your design…\"></textarea>")
            .Append("<div class=\"toolbar\"><button type=\"submit\" class=\"primary\">Finish and compare</button></div></form>");
        return Layout.Page(e.Item.Title, body.ToString(), "practice");
    }

    private static IResult Compare(Exercise e, IFormCollection form)
    {
        var answer = Clip(form["answer"].ToString());
        var missing = KeyPhrases.Missing(answer, e.KeyPhrases);
        var body = new StringBuilder()
            .Append($"<p class=\"muted small\"><a href=\"/practice\">Practice</a> › <a href=\"/practice/{U(e.Item.Id)}\">{E(e.Item.Title)}</a></p>")
            .Append($"<h1>Compare: {E(e.Item.Title)}</h1><div class=\"grid-2\">")
            .Append($"<section class=\"card\"><h2>Your answer</h2>{(answer.Length == 0 ? "<p class=\"muted\">You did not write an answer.</p>" : $"<pre class=\"answer\">{E(answer)}</pre>")}</section>")
            .Append($"<section class=\"card prose\"><h2>Reference answer</h2>{Md(e.Reference)}</section></div>");
        if (e.Item is ModelingExercise m)
        {
            body.Append($"<section class=\"card\"><h2>Reference DDL</h2><pre><code>{E(m.ReferenceDdl)}</code></pre>");
            foreach (var q in m.BusinessQuestions)
            {
                body.Append($"<h3>{E(q.Question)}</h3><pre><code>{E(q.Sql)}</code></pre>");
            }
            body.Append("</section>");
        }
        body.Append("<section class=\"card\"><h2>Key phrases</h2>")
            .Append(missing.Count == 0
                ? "<p class=\"success\">Your answer mentions every key phrase.</p>"
                : $"<p>Your answer did not mention {missing.Count} of {e.KeyPhrases.Count}:</p>{List(missing, "missing")}")
            .Append("</section>");
        body.Append($"<form class=\"card\" method=\"post\" action=\"/practice/{U(e.Item.Id)}/verdict\" data-rubric>{Security.FormToken.Field()}")
            .Append($"<input type=\"hidden\" name=\"answer\" value=\"{E(answer)}\">")
            .Append("<h2>Grade yourself</h2><p class=\"muted small\">Tick what your answer really covered. ").Append(E(MockRubric.Rule)).Append("</p>")
            .Append(Criteria("strong", "Strong Hire", e.Rubric.StrongHire))
            .Append(Criteria("lean", "Lean Hire", e.Rubric.LeanHire))
            .Append(Criteria("no", "No Hire signs", e.Rubric.NoHire))
            .Append("<div class=\"toolbar\"><span>Verdict so far: <span class=\"chip\" data-verdict aria-live=\"polite\">No Hire</span></span>")
            .Append("<button type=\"submit\" class=\"primary\">Record verdict</button></div></form>");
        return Layout.Page("Compare · " + e.Item.Title, body.ToString(), "practice");
    }

    private static string HintsHtml(Exercise e, int shown)
    {
        if (e.Hints.Count == 0)
        {
            return "";
        }
        shown = Math.Clamp(shown, 0, e.Hints.Count);
        var html = new StringBuilder("<section id=\"hints\" class=\"card hints\"><h2>Hints</h2>");
        foreach (var hint in e.Hints.Take(shown))
        {
            html.Append($"<div class=\"prose\"><h3>Hint {hint.Number}</h3>{Md(hint.Text)}</div>");
        }
        if (shown < e.Hints.Count)
        {
            var action = $"/practice/{U(e.Item.Id)}/hints";
            html.Append($"<form method=\"post\" action=\"{action}\" hx-post=\"{action}\" hx-target=\"#hints\" hx-select=\"#hints\" hx-swap=\"outerHTML\">{Security.FormToken.Field()}")
                .Append($"<button type=\"submit\">Show hint {shown + 1} of {e.Hints.Count}</button></form>");
        }
        return html.Append("</section>").ToString();
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
        return request.Headers.ContainsKey("HX-Request") ? Layout.Fragment(HintsHtml(e, shown)) : Results.Redirect($"/practice/{U(e.Item.Id)}#hints");
    }

    private static async Task<IResult> VerdictAsync(Exercise e, IFormCollection form, Learner learner)
    {
        List<RubricGrade> Grades(string key, HireVerdict level, IReadOnlyList<string> criteria)
        {
            var ticked = form[key].Select(v => int.TryParse(v, out var i) ? i : -1).ToHashSet();
            return criteria.Select((c, i) => new RubricGrade(level, c, ticked.Contains(i))).ToList();
        }
        var strong = Grades("strong", HireVerdict.StrongHire, e.Rubric.StrongHire);
        var lean = Grades("lean", HireVerdict.LeanHire, e.Rubric.LeanHire);
        var no = Grades("no", HireVerdict.NoHire, e.Rubric.NoHire);
        var verdict = HireRule.Round([.. strong, .. lean, .. no]);
        await learner.RecordPracticeAsync(e.Item, verdict);
        var answer = Clip(form["answer"].ToString());
        var missing = KeyPhrases.Missing(answer, e.KeyPhrases);
        var body = new StringBuilder()
            .Append($"<p class=\"muted small\"><a href=\"/practice\">Practice</a> › {E(e.Item.Title)}</p>")
            .Append($"<div class=\"card\"><h1>Verdict: <span data-testid=\"verdict\">{MockPages.VerdictChip(verdict)}</span></h1>")
            .Append($"<p>Strong Hire criteria covered: {strong.Count(g => g.Ticked)} of {strong.Count}. Lean Hire: {lean.Count(g => g.Ticked)} of {lean.Count}. No Hire signs: {no.Count(g => g.Ticked)}.</p>")
            .Append($"<p class=\"muted small\">{E(MockRubric.Rule)}</p>")
            .Append(missing.Count > 0 ? $"<p>Key phrases to work in next time:</p>{List(missing, "missing")}" : "<p class=\"success\">You used every key phrase.</p>")
            .Append($"<p class=\"row\"><a class=\"btn\" href=\"/practice/{U(e.Item.Id)}\">Try again</a><a class=\"btn btn-primary\" href=\"/practice\">Next exercise</a></p></div>");
        return Layout.Page("Verdict · " + e.Item.Title, body.ToString(), "practice");
    }

    private static string Criteria(string level, string title, IReadOnlyList<string> items)
    {
        var html = new StringBuilder($"<fieldset><legend>{title}</legend>");
        for (var i = 0; i < items.Count; i++)
        {
            html.Append($"<label class=\"check\"><input type=\"checkbox\" name=\"{level}\" value=\"{i}\" data-level=\"{level}\"><span>{MdInline(items[i])}</span></label>");
        }
        return html.Append(items.Count == 0 ? "<p class=\"muted small\">None listed.</p>" : "").Append("</fieldset>").ToString();
    }

    private static async Task<IFormCollection> FormAsync(HttpRequest request) =>
        request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;

    private static string Clip(string text) => text.Length > MaxAnswerChars ? text[..MaxAnswerChars] : text;
}
