using System.Text.Json;
using Grain.Core.Judging;
using Grain.Testing;

namespace Grain.Judge.Tests.Python;

/// <summary>
/// Each case file under Data/python is graded as its header says. The cases are split in two classes so the two halves can
/// run beside other test classes instead of one after the other.
/// </summary>
public sealed class JudgeCorpusTests
{
    public static IEnumerable<object[]> Cases => CorpusCase.Half("problems", 0);

    [RequiresTheory("bubblewrap", "python")]
    [MemberData(nameof(Cases))]
    public Task Should_Grade_Each_Judge_Case_As_Its_Header_Says(string file) => CorpusAssert.GradeAsync(file);
}

/// <summary>The other half of <see cref="JudgeCorpusTests"/>.</summary>
public sealed class JudgeCorpusSecondHalfTests
{
    public static IEnumerable<object[]> Cases => CorpusCase.Half("problems", 1);

    [RequiresTheory("bubblewrap", "python")]
    [MemberData(nameof(Cases))]
    public Task Should_Grade_Each_Judge_Case_As_Its_Header_Says(string file) => CorpusAssert.GradeAsync(file);
}

public sealed class ReferenceSolutionTests
{
    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Pass_Every_Reference_Solution()
    {
        // Given
        var problems = Directory.GetDirectories(Path.Combine(RepoPaths.Content, "problems"))
            .Where(d => File.Exists(Path.Combine(d, "reference.py")));

        // When
        // (two at a time: the judge runs two sandboxes at once anyway, and 35 gradings in flight together only hold
        // their inputs and outputs in memory for longer)
        var reports = new System.Collections.Concurrent.ConcurrentBag<JudgeReport>();
        await Parallel.ForEachAsync(problems, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (d, ct) =>
            reports.Add(await JudgeFixture.Judge.JudgeAsync(
                new JudgeRequest(Path.GetFileName(d), "python", await File.ReadAllTextAsync(Path.Combine(d, "reference.py"), ct)), ct)));

        // Then
        foreach (var report in reports)
        {
            report.Status.ShouldBe(JudgeStatus.Pass, JsonSerializer.Serialize(report));
        }
    }
}

/// <summary>Checks a report against a case's header.</summary>
internal static class CorpusAssert
{
    /// <summary>Grades the case file (relative to the corpus folder) and checks the report against its header.</summary>
    public static async Task GradeAsync(string file)
    {
        // Given
        var @case = CorpusCase.Load(Path.Combine(JudgeFixture.CorpusDirectory, file));

        // When
        var report = await JudgeFixture.Judge.JudgeAsync(new JudgeRequest(@case.Problem, "python", @case.Code));

        // Then
        Matches(@case, report);
    }

    public static void Matches(CorpusCase @case, JudgeReport report)
    {
        var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
        report.Status.ShouldBe(@case.Expect, json);
        if (@case.Expect != JudgeStatus.Fail)
        {
            return;
        }
        var failing = report.Tests.Where(t => t.Verdict != Verdict.AC).ToList();
        if (@case.Group is { } group)
        {
            failing = failing.Where(t => t.Group == group).ToList();
            failing.ShouldNotBeEmpty($"expected a failure in group '{group}'\n{json}");
        }
        if (@case.Verdict is { } verdict)
        {
            failing.Select(t => t.Verdict.ToString()).ShouldContain(verdict, json);
        }
    }
}
