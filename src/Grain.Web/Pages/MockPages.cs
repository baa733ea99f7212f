using Grain.Core.Content;
using Grain.Core.Learning.Mock;
using Grain.Store;
using Grain.Web.Learning;
using Grain.Web.Components.Pages;

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
        var user = await learner.UserIdAsync();
        return PageResults.Render<MockIndexPage>(new
        {
            learner.Library,
            Sessions = await learner.Store.GetMockSessionsAsync(user),
            Target = (await learner.Store.GetLatestAssessmentAsync(user))?.Assessment.CompanyId,
        });
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
        if (await learner.MockSessionAsync(id) is not { } session)
        {
            return NotFoundPage.Page("mock loop", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var round = session.Rounds.FirstOrDefault(r => r.Verdict is null);
        if (session.FinishedAt is not null || round is null)
        {
            return Scorecard(session, learner);
        }
        if (round.Answer is null && round.StartedAt is null)
        {
            await learner.Store.StartRoundAsync(round.Id, learner.Now);
            round = round with { StartedAt = learner.Now };
        }
        var left = round.StartedAt!.Value.AddMinutes(round.Round.Minutes) - learner.Now;
        return PageResults.Render<MockRoundPage>(new
        {
            SecondsLeft = (int)Math.Clamp(Math.Ceiling(left.TotalSeconds), 0, round.Round.Minutes * 60),
            SessionId = id,
            CompanyName = CompanyName(session, learner),
            RoundCount = session.Rounds.Count,
            Round = round,
            Items = (IReadOnlyList<IContentItem>)round.Round.ItemIds.Select(learner.Library.Find).OfType<IContentItem>().ToList(),
            Rubric = MockRubric.For(round.Round, learner.Library.Find),
        });
    }

    private static async Task<IResult> AnswerAsync(long id, HttpRequest request, Learner learner)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        if (await learner.MockSessionAsync(id) is not { } session || !long.TryParse(form["round"], out var roundId) || session.Rounds.All(r => r.Id != roundId))
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
        if (await learner.MockSessionAsync(id) is not { } session || !long.TryParse(form["round"], out var roundId) || session.Rounds.FirstOrDefault(r => r.Id == roundId) is not { } round)
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

    private static IResult Scorecard(StoredMockSession session, Learner learner) =>
        PageResults.Render<MockScorecardPage>(new { Session = session, CompanyName = CompanyName(session, learner) });

    private static string CompanyName(StoredMockSession session, Learner learner) => learner.Library.Company(session.CompanyId)?.Name ?? session.CompanyId;
}
