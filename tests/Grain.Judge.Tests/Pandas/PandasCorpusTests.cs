using Grain.Core.Judging;
using Grain.Judge.Pandas;
using Grain.Testing;

namespace Grain.Judge.Tests.Pandas;

/// <summary>Each file under Pandas/Data/cases is a pandas submission with its expected status; each pandas reference passes every case.</summary>
[Collection(PandasJudgeCollection.Name)]
public sealed class PandasCorpusTests(PandasJudgeFixture fixture)
{
    public static TheoryData<string> Cases => PandasCaseFile.Rows("cases");

    public static TheoryData<string> References
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var problem in Grain.Content.ContentLoader.Load(RepoPaths.Content).Library.Problems.Where(PandasProblems.Accepts).OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                data.Add(problem.Id);
            }
            return data;
        }
    }

    [RequiresTheory("bubblewrap", "pandas")]
    [MemberData(nameof(Cases))]
    public async Task Should_Judge_Each_Pandas_Corpus_Case_As_Expected(string file)
    {
        // Given
        var submission = PandasCaseFile.Read(Path.Combine(PandasCaseFile.DataDirectory, file));

        // When
        var judge = submission.Headers.GetValueOrDefault("scale") == "yes" ? fixture.ScaleJudge : fixture.Judge;
        var report = await judge.JudgeAsync(new JudgeRequest(submission.Problem, "pandas", submission.Code));

        // Then
        var summary = Summary(file, report);
        if (submission.Headers.GetValueOrDefault("scale") == "yes")
        {
            report.Tests.ShouldContain(t => t.Group == TestGroup.Scale, summary);
        }
        report.Status.ShouldBe(submission.Headers["expect"], summary);
        if (submission.Headers.GetValueOrDefault("verdict") is { } verdict)
        {
            VerdictPriority.Worst(report.Tests.Select(t => t.Verdict)).ToString().ShouldBe(verdict, summary);
        }
        if (submission.Headers.GetValueOrDefault("message") is { } fragment)
        {
            report.Tests.Where(t => t.Verdict != Verdict.AC).ShouldContain(t => t.Message!.Contains(fragment, StringComparison.OrdinalIgnoreCase), summary);
        }
    }

    [RequiresTheory("bubblewrap", "pandas")]
    [MemberData(nameof(References))]
    public async Task Should_Pass_Every_Case_With_The_Pandas_Reference(string problemId)
    {
        // Given
        var problem = fixture.Library.Find<Grain.Core.Content.Problem>(problemId)!;
        var code = await File.ReadAllTextAsync(Path.Combine(problem.Directory, PandasProblems.ReferenceFile));

        // When
        var report = await fixture.Judge.JudgeAsync(new JudgeRequest(problemId, "pandas", code));

        // Then
        report.Status.ShouldBe(JudgeStatus.Pass, Summary(problemId, report));
        report.Tests.ShouldContain(t => t.Group == TestGroup.Hidden);
        report.Tests.ShouldContain(t => t.Group == TestGroup.Rerun);
    }

    private static string Summary(string name, JudgeReport report) =>
        $"{name}: {report.Status} {report.Message} | " + string.Join(" | ", report.Tests.Where(t => t.Verdict != Verdict.AC).Select(t => $"{t.Name}: {t.Verdict} {t.Message}"))
        + string.Concat(report.Tests.Where(t => t.Group == TestGroup.Scale).Select(t => $" | scale: {t.Verdict} {System.Text.Json.JsonSerializer.Serialize(t.Details)}"));
}
