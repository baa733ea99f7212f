using Grain.Content;
using Grain.Core.Content;
using Grain.Judge.Languages;
using Grain.Web.Components.Pages;
using Grain.Web.Components.Shared;
using Grain.Web.Learning;

namespace Grain.Web.Pages;

/// <summary>The problem list with filters and the problem page: statement, rules, editor, hints, results.</summary>
public static class ProblemPages
{
    private static readonly string[] FilterNames = ["q", "language", "topic", "pattern", "difficulty", "company", "status"];

    public static void MapProblemPages(this WebApplication app)
    {
        app.MapGet("/problems", async (HttpRequest request, ContentLibrary library, ProgressView progress) => Index(request, library, await progress.StatusesAsync()));
        app.MapGet("/problems/{id}", async (string id, string? language, string? engine, ContentLibrary library, ProblemChoices choices, ProgressView progress, Learner learner) =>
        {
            if (library.Find<Problem>(id) is not { } p)
            {
                return NotFoundPage.Page("problem", id);
            }
            // An unknown or refused choice in the address falls back to the problem's own language and first engine.
            var languages = choices.Languages(p);
            var lang = languages.FirstOrDefault(l => l.Id == language) ?? languages.FirstOrDefault(l => l.Id == p.Language) ?? languages[0];
            var engines = lang.Id == JudgeLanguages.Sql ? choices.Engines(p) : [];
            var starter = ProblemFiles.Starter(p, lang);
            return PageResults.Render<ProblemPage>(new
            {
                Library = library,
                Problem = p,
                Status = await progress.StatusOfAsync(p),
                HintsShown = await progress.HintsShownAsync(p.Id),
                Starter = starter,
                Code = await OpeningCodeAsync(learner, p, lang.Id) ?? starter,
                Reference = await ShowsReferenceAsync(learner, p) ? ProblemFiles.Reference(p, lang.Id) ?? "" : null,
                Rules = p.Language == "sql" ? ComparisonRules.Describe(p) : null,
                Example = await choices.ExampleAsync(p),
                Languages = languages,
                Language = lang,
                Engines = engines,
                Engine = engines.Contains(engine ?? "") ? engine : engines.FirstOrDefault(),
            });
        });
        app.MapPost("/problems/{id}/give-up", GiveUpAsync);
        app.MapPost("/problems/{id}/hints", (string id, HttpRequest request, ContentLibrary library, ProgressView progress) => RevealHint(id, request, library, progress));
    }

    /// <summary>What the editor opens with in a language: the learner's draft, else their last submission's code in it (null: the starter).</summary>
    private static async Task<string?> OpeningCodeAsync(Learner learner, Problem problem, string language)
    {
        var user = await learner.UserIdAsync();
        if (await learner.Store.GetDraftAsync(user, Api.DraftApi.Key(problem, language)) is { } draft)
        {
            return draft.Code;
        }
        return (await learner.Store.GetSubmissionsAsync(user, problem.Id)).FirstOrDefault(s => s.Language == language)?.Code;
    }

    /// <summary>The reference is shown once the learner solved the problem (a passing Submit) or gave up on it.</summary>
    private static async Task<bool> ShowsReferenceAsync(Learner learner, Problem problem)
    {
        var user = await learner.UserIdAsync();
        return await learner.Store.HasGivenUpAsync(user, problem.Id)
            || (await learner.Store.GetSubmissionsAsync(user, problem.Id)).Any(s => s.Passed == true && !s.ExamplesOnly);
    }

    // Giving up is a failed attempt for FSRS (when the problem is due), then the page shows the reference.
    private static async Task<IResult> GiveUpAsync(string id, Learner learner)
    {
        if (learner.Library.Find<Problem>(id) is not { } problem)
        {
            return NotFoundPage.Page("problem", id);
        }
        var user = await learner.UserIdAsync();
        if (!await learner.Store.HasGivenUpAsync(user, problem.Id))
        {
            await learner.RecordProblemAttemptAsync(problem.Id, solved: false);
            await learner.Store.GiveUpAsync(user, problem.Id, learner.Now);
        }
        return Results.Redirect($"/problems/{Labels.Url(problem.Id)}#reference");
    }

    private static IResult Index(HttpRequest request, ContentLibrary library, ItemStatuses progress)
    {
        var filters = FilterNames
            .Select(key => (key, value: request.Query[key].ToString()))
            .Where(f => f.value.Length > 0)
            .ToDictionary(f => f.key, f => f.value, StringComparer.Ordinal);
        string? F(string key) => filters.GetValueOrDefault(key);
        // The text search is the library's (every word must match; title words rank higher), kept in its order.
        var rank = F("q") is { } text
            ? library.Query(new ContentQuery(text, "problem")).Select((item, i) => (item.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal)
            : null;
        var problems = library.Problems
            .Where(p => rank is null || rank.ContainsKey(p.Id))
            .Where(p => F("language") is not { } lang || p.Language == lang)
            .Where(p => F("topic") is not { } t || p.Topic == t)
            .Where(p => F("pattern") is not { } pat || p.Pattern == pat)
            .Where(p => F("difficulty") is not { } d || p.Difficulty == d)
            .Where(p => F("company") is not { } c || p.Companies.Contains(c))
            .Where(p => F("status") is not { } s || progress.Of(p) == s)
            .OrderBy(p => rank?.GetValueOrDefault(p.Id) ?? 0).ThenBy(p => DifficultyRank(p.Difficulty)).ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();
        return PageResults.Render<ProblemListPage>(new
        {
            Library = library,
            Filters = (IReadOnlyDictionary<string, string>)filters,
            Problems = (IReadOnlyList<Problem>)problems,
            Progress = progress,
        });
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
            ? PageResults.Render<HintLadder>(new
            {
                p.Hints,
                Shown = shown,
                Action = $"/problems/{Labels.Url(p.Id)}/hints",
                NoHintsText = ProblemPage.NoHints,
                LastHintText = ProblemPage.LastHint,
                RevealWarning = ProblemPage.HintWarning,
            })
            : Results.Redirect($"/problems/{Labels.Url(p.Id)}#hints");
    }

    private static int DifficultyRank(string d) => d switch { "easy" => 0, "medium" => 1, _ => 2 };
}
