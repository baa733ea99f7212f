using System.Text;
using Grain.Content;
using Grain.Core.Content;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>The problem list with filters and the problem page: statement, rules, editor, hints, results.</summary>
public static class ProblemPages
{
    public static void MapProblemPages(this WebApplication app)
    {
        app.MapGet("/problems", async (HttpRequest request, ContentLibrary library, ProgressView progress) => Index(request, library, await progress.StatusesAsync()));
        app.MapGet("/problems/{id}", async (string id, ContentLibrary library, ProgressView progress) =>
            library.Find<Problem>(id) is { } p ? Show(library, await progress.StatusesAsync(), p, await progress.HintsShownAsync(p.Id)) : NotFoundPage.Page("problem", id));
        app.MapPost("/problems/{id}/hints", (string id, HttpRequest request, ContentLibrary library, ProgressView progress) => RevealHint(id, request, library, progress));
    }

    private static IResult Index(HttpRequest request, ContentLibrary library, ItemStatuses progress)
    {
        var q = request.Query;
        string? F(string key) => q[key].ToString() is { Length: > 0 } v ? v : null;
        var problems = library.Problems
            .Where(p => F("language") is not { } lang || p.Language == lang)
            .Where(p => F("topic") is not { } t || p.Topic == t)
            .Where(p => F("pattern") is not { } pat || p.Pattern == pat)
            .Where(p => F("difficulty") is not { } d || p.Difficulty == d)
            .Where(p => F("company") is not { } c || p.Companies.Contains(c))
            .Where(p => F("status") is not { } s || progress.Of(p) == s)
            .OrderBy(p => DifficultyRank(p.Difficulty)).ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();
        var body = new StringBuilder()
            .Append("<div class=\"hero\"><h1>Problems</h1><p class=\"lead\">SQL and Python problems graded like an interviewer would: hidden cases, messy data, scale and re-runs.</p></div>")
            .Append("<form class=\"card filters\" method=\"get\" action=\"/problems\" hx-get=\"/problems\" hx-trigger=\"change\" hx-target=\"#results\" hx-select=\"#results\" hx-push-url=\"true\">")
            .Append(FilterSelect("language", "Language", [("python", "Python"), ("sql", "SQL")], F("language")))
            .Append(FilterSelect("topic", "Topic", library.Topics.Where(t => library.Problems.Any(p => p.Topic == t.Id)).Select(t => (t.Id, t.Title)), F("topic")))
            .Append(FilterSelect("pattern", "Pattern", library.Problems.Select(p => p.Pattern).Where(p => p.Length > 0).Distinct().Order(StringComparer.Ordinal).Select(p => (p, p)), F("pattern")))
            .Append(FilterSelect("difficulty", "Difficulty", [("easy", "easy"), ("medium", "medium"), ("hard", "hard")], F("difficulty")))
            .Append(FilterSelect("company", "Company", library.Companies.Select(c => (c.Id, c.Name)), F("company")))
            .Append(FilterSelect("status", "Status", [("new", "new"), ("attempted", "attempted"), ("solved", "solved")], F("status")))
            .Append("<noscript><button type=\"submit\">Filter</button></noscript></form><div id=\"results\">")
            .Append($"<p class=\"muted\" role=\"status\">{problems.Count} of {library.Problems.Count} problems</p>");
        if (problems.Count == 0)
        {
            body.Append("<div class=\"card empty\"><p>No problem matches these filters.</p><p><a href=\"/problems\">Clear filters</a></p></div>");
        }
        body.Append("<ul class=\"items\">");
        foreach (var p in problems)
        {
            var status = progress.Of(p);
            body.Append($"<li class=\"item\"><div><div class=\"kind\">{E(p.Language == "sql" ? "SQL" : "Python")} · {E(p.Pattern)}</div>")
                .Append($"<a class=\"item-title\" href=\"/problems/{U(p.Id)}\">{E(p.Title)}</a>")
                .Append($"<div class=\"item-meta\">{Chip(p.Difficulty, DifficultyCss(p.Difficulty))}<span class=\"tag\">{E(library.Topic(p.Topic)?.Title ?? p.Topic)}</span></div></div>")
                .Append(Chip(status, "status-" + status)).Append("</li>");
        }
        body.Append("</ul></div>");
        return Layout.Page("Problems", body.ToString(), "problems");
    }

    private static IResult Show(ContentLibrary library, ItemStatuses progress, Problem p, int hints)
    {
        var starter = ProblemFiles.Starter(p);
        var language = p.Language == "sql" ? "SQL" : "Python";
        var body = new StringBuilder()
            .Append($"<p class=\"muted small\"><a href=\"/problems\">Problems</a> › {E(library.Topic(p.Topic)?.Title ?? p.Topic)}</p>")
            .Append($"<div class=\"spread\"><h1>{E(p.Title)}</h1><span class=\"row\">{Chip(language)}{Chip(p.Difficulty, DifficultyCss(p.Difficulty))}{Chip(progress.Of(p), "status-" + progress.Of(p))}</span></div>")
            .Append("<div class=\"problem-layout\"><div>")
            .Append($"<section class=\"card prose\"><h2>Statement</h2>{Md(p.Statement)}");
        if (p.Function is { Length: > 0 } fn)
        {
            body.Append($"<p class=\"muted small\">Write the function <code>{E(fn)}</code>. It receives a lazy iterator of rows; read it once.</p>");
        }
        body.Append("</section>");
        if (p.Language == "sql")
        {
            body.Append("<section class=\"card\"><h2>How your result is compared</h2>").Append(ComparisonRules.Html(p)).Append("</section>");
        }
        body.Append(HintsHtml(p, hints))
            .Append("<details class=\"card prose\"><summary><strong>Discussion and follow-ups</strong> <span class=\"muted small\">(spoilers: open after solving or when you give up)</span></summary>")
            .Append(Md(p.Discussion)).Append("<h3>Follow-ups</h3>").Append(List(p.FollowUps)).Append("</details>")
            .Append("</div><div>")
            .Append($"<form class=\"card\" method=\"post\" action=\"/problems/{U(p.Id)}/submit\" data-problem=\"{E(p.Id)}\" data-language=\"{E(p.Language)}\">{Security.FormToken.Field()}")
            .Append($"<div class=\"spread\"><label for=\"code\">Your {language}</label><button type=\"button\" class=\"btn-quiet small\" data-reset>Reset to starter</button></div>")
            .Append($"<textarea id=\"code\" name=\"code\" class=\"code\" spellcheck=\"false\" data-editor=\"{E(p.Language)}\" aria-label=\"Code editor ({language})\" rows=\"16\">{E(starter)}</textarea>")
            .Append("<div class=\"toolbar\"><button type=\"submit\" name=\"mode\" value=\"run\">Run examples</button>")
            .Append("<button type=\"submit\" name=\"mode\" value=\"submit\" class=\"primary\">Submit</button>")
            .Append("<span class=\"muted small\"><kbd>Ctrl</kbd>+<kbd>Enter</kbd> run · <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd> submit</span></div></form>")
            .Append($"<template id=\"starter-code\">{E(starter)}</template>")
            .Append("<section id=\"results\" aria-live=\"polite\" class=\"stack\"></section>")
            .Append($"<div id=\"history\" hx-get=\"/problems/{U(p.Id)}/history\" hx-trigger=\"load\" hx-swap=\"outerHTML\"></div>")
            .Append("</div></div>");
        return Layout.Page(p.Title, body.ToString(), "problems");
    }

    private static string HintsHtml(Problem p, int shown)
    {
        shown = Math.Clamp(shown, 0, p.Hints.Count);
        var html = new StringBuilder("<section id=\"hints\" class=\"card hints\"><h2>Hints</h2>");
        if (p.Hints.Count == 0)
        {
            return html.Append("<p class=\"muted\">This problem has no hints.</p></section>").ToString();
        }
        foreach (var hint in p.Hints.Take(shown))
        {
            html.Append($"<div class=\"prose\"><h3>Hint {hint.Number}</h3>{Md(hint.Text)}</div>");
        }
        if (shown < p.Hints.Count)
        {
            html.Append($"<form method=\"post\" action=\"/problems/{U(p.Id)}/hints\" hx-post=\"/problems/{U(p.Id)}/hints\" hx-target=\"#hints\" hx-select=\"#hints\" hx-swap=\"outerHTML\">{Security.FormToken.Field()}")
                .Append($"<button type=\"submit\">Show hint {shown + 1} of {p.Hints.Count}</button></form>");
        }
        else
        {
            html.Append("<p class=\"muted small\">That was the last hint.</p>");
        }
        return html.Append("</section>").ToString();
    }

    private static async Task<IResult> RevealHint(string id, HttpRequest request, ContentLibrary library, ProgressView progress)
    {
        if (library.Find<Problem>(id) is not { } p)
        {
            return NotFoundPage.Page("problem", id);
        }
        // One at a time: whatever the form says, the next hint after those already shown.
        var shown = Math.Min(await progress.HintsShownAsync(p.Id) + 1, p.Hints.Count);
        if (shown > 0)
        {
            await progress.RecordHintAsync(p.Id, shown);
        }
        return request.Headers.ContainsKey("HX-Request")
            ? Layout.Fragment(HintsHtml(p, shown))
            : Results.Redirect($"/problems/{U(p.Id)}#hints");
    }

    private static int DifficultyRank(string d) => d switch { "easy" => 0, "medium" => 1, _ => 2 };

    private static string DifficultyCss(string d) => d switch { "easy" => "chip-ok", "medium" => "status-learning", _ => "chip-bad" };
}
