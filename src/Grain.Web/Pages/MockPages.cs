using Grain.Core.Content;
using Grain.Core.Learning.Mock;
using Grain.Store;
using Grain.Web.Learning;
using Grain.Web.Components.Pages;
using Grain.Web.Submissions;

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
        var candidates = learner.Library.Items.Select(i => new MockCandidate(i.Id, learner.Library.KindOf(i)?.MockRoundsOf(i) ?? [], i.Rounds, i.Companies)).ToList();
        var loop = MockLoopBuilder.Build(company, candidates, await learner.Store.GetSeenItemIdsAsync(user), Environment.TickCount);
        var id = await learner.Store.CreateMockSessionAsync(user, loop, learner.Now);
        session.Invalidate();
        return Results.Redirect($"/mock/{id}");
    }

    private static async Task<IResult> ShowAsync(long id, Learner learner, ProblemChoices choices)
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
            Rubric = MockRubric.For(round.Round, learner.Library.Find, learner.Library.RubricOf),
            CodeRound = await CodeRoundAsync(round, learner, choices),
            learner.Library,
        });
    }

    /// <summary>The round's problem in the editor (SQL and coding rounds), or null when the round has no problem.</summary>
    private static async Task<MockCodeRound?> CodeRoundAsync(StoredMockRound round, Learner learner, ProblemChoices choices)
    {
        if (round.Round.ItemIds.Select(i => learner.Library.Find<Problem>(i)).OfType<Problem>().FirstOrDefault() is not { } problem)
        {
            return null;
        }
        var languages = choices.Languages(problem);
        var language = languages.FirstOrDefault(l => l.Id == problem.Language) ?? languages[0];
        var starter = ProblemFiles.Starter(problem, language);
        var user = await learner.UserIdAsync();
        // A reload mid-round opens the draft the editor kept; an answered round shows what was handed in.
        var code = round.Answer ?? (await learner.Store.GetDraftAsync(user, Api.DraftApi.Key(problem, language.Id)))?.Code ?? starter;
        var submission = round.SubmissionId is { } sid ? await learner.Store.GetSubmissionAsync(sid) : null;
        return new MockCodeRound(problem, language, choices.Engines(problem).FirstOrDefault(), starter, code, submission);
    }

    private static async Task<IResult> AnswerAsync(long id, HttpRequest request, Learner learner, ProblemChoices choices, GradingQueue queue)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        if (await learner.MockSessionAsync(id) is not { } session || !long.TryParse(form["round"], out var roundId)
            || session.Rounds.FirstOrDefault(r => r.Id == roundId) is not { } round)
        {
            return NotFoundPage.Page("mock round", form["round"].ToString());
        }
        if (round.Answer is not null)
        {
            // Answered already (a second tab, or the timer firing after Finish): the first answer stands.
            return Results.Redirect($"/mock/{id}");
        }
        // A form posts a textarea's line breaks as CRLF; the editor's Submit sent the same code with LF.
        var answer = (form.ContainsKey("code") ? form["code"].ToString() : form["answer"].ToString()).ReplaceLineEndings("\n");
        answer = answer.Length > Api.SubmissionApi.MaxBytes ? answer[..Api.SubmissionApi.MaxBytes] : answer;
        var code = await CodeRoundAsync(round, learner, choices);
        var submission = code is null ? null : await FinalSubmitAsync(round, code, answer, learner, queue);
        await learner.Store.SaveRoundAnswerAsync(roundId, answer, submission, learner.Now);
        return Results.Redirect($"/mock/{id}");
    }

    /// <summary>
    /// The Submit that grades a code round: the learner's last Submit in the round when it holds the code handed in, else a
    /// new Submit of that code (the interviewer judges the code as it stands at the end). Null for empty code, or when the
    /// learner's grading queue is full and the round has no Submit.
    /// </summary>
    private static async Task<long?> FinalSubmitAsync(StoredMockRound round, MockCodeRound code, string answer, Learner learner, GradingQueue queue)
    {
        if (string.IsNullOrWhiteSpace(answer) || System.Text.Encoding.UTF8.GetByteCount(answer) > Api.SubmissionApi.MaxBytes)
        {
            return null;
        }
        var user = await learner.UserIdAsync();
        var since = round.StartedAt ?? learner.Now;
        var submits = (await learner.Store.GetSubmissionsAsync(user, code.Problem.Id))
            .Where(s => !s.ExamplesOnly && s.Language == code.Language.Id && s.CreatedAt >= since).ToList();
        if (submits.FirstOrDefault()?.Code == answer)
        {
            return submits[0].Id;
        }
        var fresh = await queue.TrySubmitAsync(user, code.Problem.Id, code.Language.Id, answer, examplesOnly: false, code.Engine);
        return fresh?.Id ?? submits.FirstOrDefault()?.Id;
    }

    private static async Task<IResult> GradeAsync(long id, HttpRequest request, Learner learner)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        if (await learner.MockSessionAsync(id) is not { } session || !long.TryParse(form["round"], out var roundId) || session.Rounds.FirstOrDefault(r => r.Id == roundId) is not { } round)
        {
            return NotFoundPage.Page("mock round", form["round"].ToString());
        }
        var rubric = MockRubric.For(round.Round, learner.Library.Find, learner.Library.RubricOf);
        List<RubricGrade> Grades(string key, HireVerdict level, IReadOnlyList<string> criteria) =>
            criteria.Select((c, i) => new RubricGrade(level, c, form[key].Contains(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        var ticks = Grades("strong", HireVerdict.StrongHire, rubric.StrongHire).Concat(Grades("lean", HireVerdict.LeanHire, rubric.LeanHire)).Concat(Grades("no", HireVerdict.NoHire, rubric.NoHire)).ToList();
        // A graded Submit is evidence: the judge, not the learner, says whether the solution is correct.
        var passed = round.SubmissionId is { } sid ? JudgedPass(await learner.Store.GetSubmissionAsync(sid)) : null;
        var grades = MockRubric.WithJudge(ticks, passed);
        await learner.Store.GradeRoundAsync(roundId, grades, HireRule.Round(grades, passed), learner.Now);
        var after = (await learner.Store.GetMockSessionAsync(id))!;
        if (after.Rounds.All(r => r.Verdict is not null))
        {
            await learner.Store.FinishMockSessionAsync(id, HireRule.Loop(after.Rounds.Select(r => r.Verdict!.Value).ToList()), learner.Now);
        }
        return Results.Redirect($"/mock/{id}");
    }

    /// <summary>Whether the round's Submit passed: null while it is graded; code the judge could not grade (a syntax error) did not pass.</summary>
    public static bool? JudgedPass(StoredSubmission? submission) => submission?.Status switch
    {
        SubmissionStatus.Done => submission.Passed,
        SubmissionStatus.Error => false,
        _ => null,
    };

    private static IResult Scorecard(StoredMockSession session, Learner learner) =>
        PageResults.Render<MockScorecardPage>(new { Session = session, CompanyName = CompanyName(session, learner) });

    private static string CompanyName(StoredMockSession session, Learner learner) => learner.Library.Company(session.CompanyId)?.Name ?? session.CompanyId;
}
