using Grain.Content;
using Grain.Core.Judging;
using Grain.Judge.Sql;
using Grain.Testing;

namespace Grain.Judge.Tests.Sql;

/// <summary>A judge over Data/verdicts/content: one small problem per comparison rule, on its own data folder.</summary>
public sealed class VerdictJudgeFixture : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("grain-sql-verdicts-");

    public VerdictJudgeFixture()
    {
        var content = Path.Combine(JudgeCaseFile.DataDirectory, "verdicts", "content");
        Judge = new SqlJudge(ContentLoader.Load(content).Library, new SqlJudgeOptions
        {
            DataDirectory = _data.FullName,
            PostgresConnectionString = Components.PostgresConnectionString,
            MaxTimeout = TimeSpan.FromSeconds(2),
        });
    }

    public SqlJudge Judge { get; }

    public void Dispose() => _data.Delete(recursive: true);
}

/// <summary>Each file under Data/verdicts/cases is a submission with the verdict a careful interviewer would give.</summary>
public sealed class VerdictCorpusTests(VerdictJudgeFixture fixture) : IClassFixture<VerdictJudgeFixture>
{
    public static TheoryData<string, string> SqliteCases => JudgeCaseFile.Rows(Path.Combine("verdicts", "cases"), "sqlite");

    public static TheoryData<string, string> PostgresCases => JudgeCaseFile.Rows(Path.Combine("verdicts", "cases"), "postgres");

    [Theory]
    [MemberData(nameof(SqliteCases))]
    public Task Should_Give_Each_Verdict_Case_Its_Expected_Verdict_On_SQLite(string file, string engine) => Run(file, engine);

    [RequiresTheory("postgres")]
    [MemberData(nameof(PostgresCases))]
    public Task Should_Give_Each_Verdict_Case_Its_Expected_Verdict_On_PostgreSQL(string file, string engine) => Run(file, engine);

    private async Task Run(string file, string engine)
    {
        // Given
        var submission = JudgeCaseFile.Read(Path.Combine(JudgeCaseFile.DataDirectory, file));

        // When
        var report = await fixture.Judge.JudgeAsync(new JudgeRequest(submission.Problem, "sql", submission.Code, Engine: engine));

        // Then
        var summary = $"{file} on {engine}: {report.Status} {report.Message} | " +
            string.Join(" | ", report.Tests.Select(t => $"{t.Name}: {t.Verdict} {t.Message}"));
        report.Tests.ShouldNotBeEmpty(summary);
        report.Status.ShouldBe(submission.Expect("expect", engine), summary);
        if (submission.Expect("verdict", engine) is { } verdict)
        {
            VerdictPriority.Worst(report.Tests.Select(t => t.Verdict)).ToString().ShouldBe(verdict, summary);
        }
        if (submission.Expect("message", engine) is { } fragment)
        {
            report.Tests.Where(t => t.Verdict != Verdict.AC).ShouldContain(t => t.Message!.Contains(fragment, StringComparison.OrdinalIgnoreCase), summary);
        }
    }
}
