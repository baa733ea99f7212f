using System.Text;
using Grain.Core.Content;
using Grain.Core.Learning.Mock;
using Grain.Store;
using Grain.Web.Learning;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>Mock loops: pick a company, rounds in order with a countdown, rubric self-grading, a scorecard kept in history.</summary>
public static class MockPages
{
    public static void MapMockPages(this WebApplication app)
    {
        app.MapGet("/mock", IndexAsync);
        app.MapPost("/mock", StartAsync);
        app.MapGet("/mock/{id:long}", ShowAsync);
        app.MapPost("/mock/{id:long}/answer", AnswerAsync);
        app.MapPost("/mock/{id:long}/grade", GradeAsync);
    }

    private static async Task<IResult> IndexAsync(Learner learner)
    {
        var sessions = await learner.Store.GetMockSessionsAsync(await learner.UserIdAsync());
        var body = new StringBuilder("<div class=\"hero\"><h1>Mock loop</h1><p class=\"lead\">A full loop for a company profile: every round timed, items you have not seen, a scorecard at the end.</p></div>")
            .Append("<form method=\"post\" action=\"/mock\" class=\"card\">").Append(Security.FormToken.Field()).Append("<div class=\"field\"><label for=\"company\">Company profile</label><select id=\"company\" name=\"company\">");
        foreach (var c in learner.Library.Companies)
        {
            body.Append($"<option value=\"{E(c.Id)}\">{E(c.Name)} · {c.Rounds.Count} rounds, {c.Rounds.Sum(r => r.Minutes)} min</option>");
        }
        body.Append("</select></div><p><button type=\"submit\" class=\"primary\">Start the loop</button></p></form><h2>History</h2>");
        body.Append(sessions.Count == 0 ? "<p class=\"muted\">No loops yet.</p>" : "<ul class=\"items\">" + string.Concat(sessions.Select(s =>
            $"<li class=\"item\"><div><a class=\"item-title\" href=\"/mock/{s.Id}\">{E(learner.Library.Company(s.CompanyId)?.Name ?? s.CompanyId)}</a><div class=\"item-meta muted small\">{s.StartedAt:d MMM yyyy HH:mm}</div></div>" +
            (s.Verdict is { } v ? VerdictChip(v) : Chip("in progress", "status-learning")) + "</li>")) + "</ul>");
        return Layout.Page("Mock loop", body.ToString(), "mock");
    }

    private static async Task<IResult> StartAsync(HttpRequest request, Learner learner, ReviewSession session)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        if (learner.Library.Company(form["company"].ToString()) is not { } company)
        {
            return NotFoundPage.Page("company profile", form["company"].ToString());
        }
        var user = await learner.UserIdAsync();
        var candidates = learner.Library.Items.Select(i => new MockCandidate(i.Id, i.Kind, (i as Problem)?.Language, i.Rounds, i.Companies)).ToList();
        var loop = MockLoopBuilder.Build(company, candidates, await learner.Store.GetSeenItemIdsAsync(user), Environment.TickCount);
        var id = await learner.Store.CreateMockSessionAsync(user, loop, learner.Now);
        session.Invalidate();
        return Results.Redirect($"/mock/{id}");
    }

    private static async Task<IResult> ShowAsync(long id, Learner learner)
    {
        if (await learner.Store.GetMockSessionAsync(id) is not { } session)
        {
            return NotFoundPage.Page("mock loop", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var round = session.Rounds.FirstOrDefault(r => r.Verdict is null);
        if (session.FinishedAt is not null || round is null)
        {
            return Scorecard(session, learner);
        }
        var n = session.Rounds.Count;
        var body = new StringBuilder($"<div class=\"spread\"><div><p class=\"muted small\">{E(learner.Library.Company(session.CompanyId)?.Name ?? session.CompanyId)} · round {round.Round.Number} of {n}</p><h1>{E(round.Round.Title)}</h1></div>");
        if (round.Answer is null)
        {
            body.Append($"<span class=\"timer\" role=\"timer\" aria-label=\"Time left in this round\" data-countdown=\"{round.Round.Minutes * 60}\" data-expire-form=\"round-form\">{round.Round.Minutes}:00</span></div>");
            foreach (var item in round.Round.ItemIds.Select(learner.Library.Find).OfType<IContentItem>())
            {
                body.Append($"<section class=\"card prose\"><div class=\"kind\">{E(KindText(item.Kind))}</div><h2>{E(item.Title)}</h2>{Md(PromptOf(item))}</section>");
            }
            body.Append($"<form id=\"round-form\" method=\"post\" action=\"/mock/{id}/answer\" class=\"card\">{Security.FormToken.Field()}<input type=\"hidden\" name=\"round\" value=\"{round.Id}\">")
                .Append("<label for=\"answer\">Your answer (code, notes or the outline of what you said)</label>")
                .Append("<textarea id=\"answer\" name=\"answer\" rows=\"12\" maxlength=\"65536\"></textarea>")
                .Append("<div class=\"toolbar\"><button type=\"submit\" class=\"primary\">Finish round</button><span class=\"muted small\">The round ends by itself when the time is up.</span></div></form>");
        }
        else
        {
            body.Append("</div><form method=\"post\" action=\"/mock/{id}/grade\" class=\"card\" data-rubric>".Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append(Security.FormToken.Field())
                .Append($"<input type=\"hidden\" name=\"round\" value=\"{round.Id}\"><h2>Grade this round</h2><p class=\"muted small\">Tick what you really did. {E(MockRubric.Rule)}</p>");
            foreach (var item in round.Round.ItemIds.Select(learner.Library.Find).OfType<IContentItem>())
            {
                body.Append($"<details class=\"prose\"><summary>Reference for {E(item.Title)}</summary>{Md(ReferenceOf(item))}</details>");
            }
            var rubric = MockRubric.For(round.Round, learner.Library.Find);
            foreach (var (level, title, items) in new[] { ("strong", "Strong Hire", rubric.StrongHire), ("lean", "Lean Hire", rubric.LeanHire), ("no", "No Hire signs", rubric.NoHire) })
            {
                body.Append($"<fieldset><legend>{title}</legend>");
                for (var i = 0; i < items.Count; i++)
                {
                    body.Append($"<label class=\"check\"><input type=\"checkbox\" name=\"{level}\" value=\"{i}\" data-level=\"{level}\"><span>{MdInline(items[i])}</span></label>");
                }
                body.Append("</fieldset>");
            }
            body.Append($"<div class=\"toolbar\"><button type=\"submit\" class=\"primary\">{(round.Round.Number == n ? "Finish the loop" : "Next round")}</button></div></form>");
        }
        return Layout.Page("Mock loop", body.ToString(), "mock");
    }

    private static async Task<IResult> AnswerAsync(long id, HttpRequest request, Learner learner)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        if (await learner.Store.GetMockSessionAsync(id) is not { } session || !long.TryParse(form["round"], out var roundId) || session.Rounds.All(r => r.Id != roundId))
        {
            return NotFoundPage.Page("mock round", form["round"].ToString());
        }
        var answer = form["answer"].ToString();
        await learner.Store.SaveRoundAnswerAsync(roundId, answer.Length > 65536 ? answer[..65536] : answer, null, learner.Now);
        return Results.Redirect($"/mock/{id}");
    }

    private static async Task<IResult> GradeAsync(long id, HttpRequest request, Learner learner)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        if (await learner.Store.GetMockSessionAsync(id) is not { } session || !long.TryParse(form["round"], out var roundId) || session.Rounds.FirstOrDefault(r => r.Id == roundId) is not { } round)
        {
            return NotFoundPage.Page("mock round", form["round"].ToString());
        }
        var rubric = MockRubric.For(round.Round, learner.Library.Find);
        List<RubricGrade> Grades(string key, HireVerdict level, IReadOnlyList<string> criteria) =>
            criteria.Select((c, i) => new RubricGrade(level, c, form[key].Contains(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        var grades = Grades("strong", HireVerdict.StrongHire, rubric.StrongHire).Concat(Grades("lean", HireVerdict.LeanHire, rubric.LeanHire)).Concat(Grades("no", HireVerdict.NoHire, rubric.NoHire)).ToList();
        await learner.Store.GradeRoundAsync(roundId, grades, HireRule.Round(grades), learner.Now);
        var after = (await learner.Store.GetMockSessionAsync(id))!;
        if (after.Rounds.All(r => r.Verdict is not null))
        {
            await learner.Store.FinishMockSessionAsync(id, HireRule.Loop(after.Rounds.Select(r => r.Verdict!.Value).ToList()), learner.Now);
        }
        return Results.Redirect($"/mock/{id}");
    }

    private static IResult Scorecard(StoredMockSession session, Learner learner)
    {
        var body = new StringBuilder($"<div class=\"hero\"><p class=\"muted small\"><a href=\"/mock\">Mock loops</a></p><h1>Scorecard · {E(learner.Library.Company(session.CompanyId)?.Name ?? session.CompanyId)}</h1>")
            .Append($"<p class=\"lead\">Overall: <span data-testid=\"loop-verdict\">{(session.Verdict is { } v ? VerdictChip(v) : Chip("unfinished"))}</span></p></div>")
            .Append("<div class=\"table-wrap card\"><table data-testid=\"scorecard\"><tr><th>Round</th><th>Minutes</th><th>Criteria met</th><th>Verdict</th></tr>");
        foreach (var r in session.Rounds)
        {
            var met = r.Grades.Count(g => g.Ticked && g.Level != HireVerdict.NoHire);
            var of = r.Grades.Count(g => g.Level != HireVerdict.NoHire);
            body.Append($"<tr><td>{r.Round.Number}. {E(r.Round.Title)}</td><td>{r.Round.Minutes}</td><td>{met} of {of}</td><td>{(r.Verdict is { } rv ? VerdictChip(rv) : "–")}</td></tr>");
        }
        body.Append("</table></div><p class=\"row\"><a class=\"btn btn-primary\" href=\"/mock\">Another loop</a><a class=\"btn\" href=\"/progress\">Progress</a></p>");
        return Layout.Page("Scorecard", body.ToString(), "mock");
    }

    /// <summary>A verdict as a coloured chip.</summary>
    public static string VerdictChip(HireVerdict v) => v switch
    {
        HireVerdict.StrongHire => Chip("Strong Hire", "verdict-strong"),
        HireVerdict.LeanHire => Chip("Lean Hire", "verdict-lean"),
        _ => Chip("No Hire", "verdict-no"),
    };

    private static string PromptOf(IContentItem item) => item switch
    {
        ConceptCard c => c.Question,
        Problem p => p.Statement,
        DesignExercise d => d.Prompt,
        ModelingExercise m => m.Prompt,
        BehavioralPrompt b => b.Prompt,
        _ => "",
    };

    private static string ReferenceOf(IContentItem item) => item switch
    {
        ConceptCard c => c.Answer,
        Problem p => p.Discussion,
        DesignExercise d => d.ReferenceAnswer,
        ModelingExercise m => m.ReferenceAnswer,
        BehavioralPrompt b => b.OutlineAnswer,
        _ => "",
    };
}
