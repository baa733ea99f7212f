using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Mock;
using Grain.Core.Learning.Planning;
using Grain.Store.Schema;

namespace Grain.Store.Tests;

/// <summary>The store contract, run on SQLite and on PostgreSQL.</summary>
public sealed class StoreSuiteTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly FsrsScheduler Scheduler = new();

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Create_The_Schema_With_A_Local_User(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);

        // When
        var version = await db.Store.SchemaVersionAsync();
        var local = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        var again = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);

        // Then
        version.ShouldBe(Migrations.Latest);
        again.ShouldBe(local);
        db.Store.Engine.ShouldBe(engine);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Migrate_Only_Once_When_Opened_Again(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync("ana");

        // When
        await using var second = await db.OpenAnotherAsync();

        // Then
        (await second.SchemaVersionAsync()).ShouldBe(Migrations.Latest);
        (await second.GetOrCreateUserAsync("ana")).ShouldBe(user);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Refuse_A_Database_Newer_Than_The_Code(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        await using (var connection = await ((DbGrainStore)db.Store).OpenAsync(default))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version, name, applied_ms) VALUES (99, 'from the future', 0)";
            await command.ExecuteNonQueryAsync();
        }

        // When
        var error = await Should.ThrowAsync<StoreException>(db.OpenAnotherAsync);

        // Then
        error.Message.ShouldContain("schema version 99");
        error.Message.ShouldContain("upgrade Grain");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Save_A_Review_Atomically_And_Read_The_Card_Back(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        var outcome = Scheduler.Review(SrsCard.New("sql-nulls-count", Now), Rating.Easy, Now, durationMs: 4200);

        // When
        await db.Store.SaveReviewAsync(user, "card", outcome);
        var card = await db.Store.GetCardAsync(user, "sql-nulls-count");
        var logs = await db.Store.GetReviewLogsAsync(user);

        // Then
        card.ShouldBe(outcome.Card);
        logs.ShouldHaveSingleItem().ShouldBe(outcome.Log);
        (await db.Store.GetCardAsync(user, "missing")).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Return_Only_The_Due_Cards_Of_The_User(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        var other = await db.Store.GetOrCreateUserAsync("other");
        await db.Store.SaveReviewAsync(user, "card", Scheduler.Review(SrsCard.New("soon", Now), Rating.Again, Now));
        await db.Store.SaveReviewAsync(user, "card", Scheduler.Review(SrsCard.New("later", Now), Rating.Easy, Now));
        await db.Store.SaveReviewAsync(other, "card", Scheduler.Review(SrsCard.New("theirs", Now), Rating.Again, Now));

        // When
        var due = await db.Store.GetDueCardsAsync(user, Now.AddHours(1));

        // Then
        due.Select(c => c.ItemId).ShouldBe(["soon"]);
        (await db.Store.GetCardsAsync(user)).Count.ShouldBe(2);
        (await db.Store.CountIntroducedAsync(user, Now.AddHours(-8), Now.AddHours(16))).ShouldBe(2);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Return_The_Least_Recalled_Due_Cards_First_When_Limited(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        SrsCard Card(string id, double stability, int daysAgo) => new(id, CardState.Review, 0, stability, 5, Now.AddDays(-1), Now.AddDays(-daysAgo), 3, 0);
        var cards = new[] { Card("solid", 50, 10), Card("faded", 2, 10), Card("middling", 10, 10), Card("gone", 1, 30) };
        foreach (var card in cards)
        {
            await db.Store.SaveReviewAsync(user, "card", new ReviewOutcome(card, new ReviewLogEntry(card.ItemId, Rating.Good, CardState.Review, card.LastReview!.Value, 1, 1, 1, 5)));
        }

        // When
        var due = await db.Store.GetDueCardsAsync(user, Now, limit: 3);

        // Then
        due.Select(c => c.ItemId).ShouldBe(["gone", "faded", "middling"]);
        due.Select(c => Scheduler.Retrievability(c, Now)).ShouldBeInOrder(SortDirection.Ascending);
        (await db.Store.CountDueAsync(user, Now)).ShouldBe(4);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Keep_A_Submission_Before_Grading_And_Let_One_Grader_Take_It(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        var id = await db.Store.CreateSubmissionAsync(user, "event-counts", "python", "def f(rows): return {}");

        // When
        var queued = await db.Store.GetQueuedSubmissionsAsync(10);
        var first = await db.Store.TryStartSubmissionAsync(id);
        var second = await db.Store.TryStartSubmissionAsync(id);
        await db.Store.CompleteSubmissionAsync(id, SubmissionStatus.Done, true, """{"status":"pass"}""");
        var done = await db.Store.GetSubmissionAsync(id);

        // Then
        queued.ShouldHaveSingleItem().Status.ShouldBe(SubmissionStatus.Queued);
        first.ShouldBeTrue();
        second.ShouldBeFalse();
        done!.Status.ShouldBe(SubmissionStatus.Done);
        done.Passed.ShouldBe(true);
        done.ReportJson.ShouldBe("""{"status":"pass"}""");
        (await db.Store.GetSubmissionsAsync(user, "event-counts")).ShouldHaveSingleItem();
        (await db.Store.GetSubmissionsAsync(user, "other")).ShouldBeEmpty();
        (await db.Store.GetQueuedSubmissionsAsync(10)).ShouldBeEmpty();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Record_Each_Hint_Reveal_Once(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);

        // When
        await db.Store.RevealHintAsync(user, "p", 2);
        await db.Store.RevealHintAsync(user, "p", 1);
        await db.Store.RevealHintAsync(user, "p", 1);

        // Then
        (await db.Store.GetRevealedHintsAsync(user, "p")).ShouldBe([1, 2]);
        (await db.Store.GetRevealedHintsAsync(user, "q")).ShouldBeEmpty();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Keep_The_Latest_Assessment_And_One_Active_Plan(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        var assessment = new SelfAssessment(new Dictionary<string, int> { ["sql"] = 2, ["python"] = 4 }, "google", new DateOnly(2026, 6, 1), 1.5);
        var plan = new StudyPlan(new DateOnly(2026, 5, 4), new DateOnly(2026, 6, 1), 90,
        [
            new PlanDay(new DateOnly(2026, 5, 4), [new PlanTask(PlanTaskKind.Review, null, [], 15, "Reviews"), new PlanTask(PlanTaskKind.NewCards, "sql", ["a", "b"], 6, "Learn 2 SQL cards")]),
            new PlanDay(new DateOnly(2026, 5, 5), [new PlanTask(PlanTaskKind.Problem, "python", ["p1"], 30, "Solve p1")]),
        ]);

        // When
        await db.Store.SaveAssessmentAsync(user, assessment with { HoursPerDay = 1 }, Now.AddDays(-1));
        var assessmentId = await db.Store.SaveAssessmentAsync(user, assessment, Now);
        await db.Store.SavePlanAsync(user, null, plan with { MinutesPerDay = 10 }, Now);
        var planId = await db.Store.SavePlanAsync(user, assessmentId, plan, Now);
        var active = await db.Store.GetActivePlanAsync(user);
        await db.Store.MarkPlanTaskDoneAsync(active!.Tasks[1].Id, Now);
        var afterDone = await db.Store.GetActivePlanAsync(user);
        await db.Store.MarkPlanTaskDoneAsync(active.Tasks[2].Id, Now);
        await db.Store.MarkPlanTaskUndoneAsync(active.Tasks[2].Id);
        var afterUndo = await db.Store.GetActivePlanAsync(user);

        // Then
        var latest = await db.Store.GetLatestAssessmentAsync(user);
        latest!.Id.ShouldBe(assessmentId);
        latest.Assessment.HoursPerDay.ShouldBe(1.5);
        latest.Assessment.Ratings["sql"].ShouldBe(2);
        latest.Assessment.InterviewDate.ShouldBe(new DateOnly(2026, 6, 1));
        active.Id.ShouldBe(planId);
        afterUndo!.Tasks[2].DoneAt.ShouldBeNull();
        afterUndo.Tasks[1].DoneAt.ShouldNotBeNull();
        active.AssessmentId.ShouldBe(assessmentId);
        active.Plan.MinutesPerDay.ShouldBe(90);
        active.Plan.Days.Count.ShouldBe(2);
        active.Plan.Days[0].Tasks[1].ItemIds.ShouldBe(["a", "b"]);
        afterDone!.Tasks[1].DoneAt.ShouldBe(Now);
        afterDone.Tasks[0].DoneAt.ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Store_A_Mock_Session_With_Answers_Grades_And_Verdicts(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        var loop = new MockLoop("google", [new MockRound(1, "sql", "SQL", 45, ["top-customers"]), new MockRound(2, "behavioral", "Behavioural", 30, ["conflict"])]);
        var submission = await db.Store.CreateSubmissionAsync(user, "top-customers", "sql", "SELECT 1");

        // When
        var id = await db.Store.CreateMockSessionAsync(user, loop, Now);
        var session = await db.Store.GetMockSessionAsync(id);
        var sqlRound = session!.Rounds[0].Id;
        await db.Store.SaveRoundAnswerAsync(sqlRound, "SELECT 1", submission, Now.AddMinutes(30));
        await db.Store.GradeRoundAsync(sqlRound, [new RubricGrade(HireVerdict.StrongHire, "clarified the grain", true), new RubricGrade(HireVerdict.NoHire, "no tests", false)],
            HireVerdict.StrongHire, Now.AddMinutes(31));
        await db.Store.FinishMockSessionAsync(id, HireVerdict.LeanHire, Now.AddHours(2));
        var finished = (await db.Store.GetMockSessionsAsync(user)).ShouldHaveSingleItem();

        // Then
        finished.Verdict.ShouldBe(HireVerdict.LeanHire);
        finished.Rounds.Count.ShouldBe(2);
        finished.Rounds[0].Answer.ShouldBe("SELECT 1");
        finished.Rounds[0].SubmissionId.ShouldBe(submission);
        finished.Rounds[0].Verdict.ShouldBe(HireVerdict.StrongHire);
        finished.Rounds[0].Grades.Count.ShouldBe(2);
        finished.Rounds[0].Grades[0].Ticked.ShouldBeTrue();
        finished.Rounds[1].Verdict.ShouldBeNull();
        (await db.Store.GetSeenItemIdsAsync(user)).ShouldBe(["top-customers", "conflict"], ignoreOrder: true);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Not_Lose_Or_Corrupt_Reviews_When_Two_Writers_Work_At_Once(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        await using var web = await db.OpenAnotherAsync();
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);

        // When
        async Task Write(IGrainStore store, string prefix)
        {
            for (var i = 0; i < 40; i++)
            {
                var id = $"{prefix}-{i % 10}";
                var card = await store.GetCardAsync(user, id) ?? SrsCard.New(id, Now);
                var at = Now.AddMinutes(i);
                await store.SaveReviewAsync(user, "card", Scheduler.Review(card, Rating.Good, at));
                await store.CreateSubmissionAsync(user, prefix, "python", "pass");
            }
        }
        await Task.WhenAll(Task.Run(() => Write(db.Store, "cli")), Task.Run(() => Write(web, "web")));

        // Then
        var logs = await db.Store.GetReviewLogsAsync(user);
        logs.Count.ShouldBe(80);
        var cards = await db.Store.GetCardsAsync(user);
        cards.Count.ShouldBe(20);
        cards.ShouldAllBe(c => c.Reps == 4);
        (await db.Store.GetSubmissionsAsync(user)).Count.ShouldBe(80);
    }
}
