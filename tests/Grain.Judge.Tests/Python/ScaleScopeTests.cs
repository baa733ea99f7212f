using Grain.Core.Judging;
using Grain.Testing;

namespace Grain.Judge.Tests.Python;

/// <summary>A full grading times a submission only once it is right on ordinary data (its examples and hidden cases).</summary>
public sealed class ScaleScopeTests
{
    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Not_Time_A_Submission_That_Fails_Its_Examples_And_Say_So()
    {
        // Given: a count that counts every event twice
        const string code = """
            def count_events(events):
                counts = {}
                for event in events:
                    key = (event["user_id"], event["event_type"])
                    counts[key] = counts.get(key, 0) + 2
                return counts
            """;

        // When
        var report = await JudgeFixture.Judge.JudgeAsync(new JudgeRequest("event-counts", "python", code));

        // Then
        report.Status.ShouldBe(JudgeStatus.Fail);
        report.Tests.ShouldContain(t => t.Group == TestGroup.Example && t.Verdict == Verdict.WA);
        report.Tests.ShouldNotContain(t => t.Group == TestGroup.Scale);
        report.Scale.ShouldBeNull();
        report.Notes.ShouldNotBeNull().ShouldContain(n => n.StartsWith("scale: not run", StringComparison.Ordinal));
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Still_Time_A_Submission_That_Only_Fails_A_Fault_Case()
    {
        // Given: the corpus case that is right on ordinary events and drops the events of a null user
        var @case = CorpusCase.Load(Path.Combine(JudgeFixture.CorpusDirectory, "event-counts", "skips-null-users.py"));

        // When
        var report = await JudgeFixture.Judge.JudgeAsync(new JudgeRequest(@case.Problem, "python", @case.Code));

        // Then
        report.Status.ShouldBe(JudgeStatus.Fail);
        report.Tests.Where(t => t.Verdict != Verdict.AC).ShouldAllBe(t => t.Group == TestGroup.Fault);
        report.Tests.ShouldContain(t => t.Group == TestGroup.Scale && t.Verdict == Verdict.AC);
        report.Scale.ShouldNotBeNull().Sizes.Count.ShouldBe(3);
        report.Notes.ShouldNotBeNull().ShouldNotContain(n => n.StartsWith("scale: not run", StringComparison.Ordinal));
    }
}
