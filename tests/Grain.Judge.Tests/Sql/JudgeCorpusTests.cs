using Grain.Core.Judging;
using Grain.Testing;

namespace Grain.Judge.Tests.Sql;

/// <summary>Each file under Data/cases is a submission with its expected status; adding a case means adding a file.</summary>
[Collection(SqlJudgeCollection.Name)]
public sealed class JudgeCorpusTests(SqlJudgeFixture fixture)
{
    public static TheoryData<string, string> SqliteCases => JudgeCaseFile.Rows("cases", "sqlite");

    public static TheoryData<string, string> PostgresCases => JudgeCaseFile.Rows("cases", "postgres");

    public static TheoryData<string, string> DuckDbCases => JudgeCaseFile.Rows("cases", "duckdb");

    [Theory]
    [MemberData(nameof(SqliteCases))]
    public Task Should_Judge_Each_Corpus_Case_As_Expected_On_SQLite(string file, string engine) => Run(file, engine);

    [RequiresTheory("postgres")]
    [MemberData(nameof(PostgresCases))]
    public Task Should_Judge_Each_Corpus_Case_As_Expected_On_PostgreSQL(string file, string engine) => Run(file, engine);

    [Theory]
    [MemberData(nameof(DuckDbCases))]
    public Task Should_Judge_Each_Corpus_Case_As_Expected_On_DuckDB(string file, string engine) => Run(file, engine);

    private async Task Run(string file, string engine)
    {
        // Given
        var submission = JudgeCaseFile.Read(Path.Combine(JudgeCaseFile.DataDirectory, file));

        // When
        var report = await fixture.Judge.JudgeAsync(new JudgeRequest(submission.Problem, "sql", submission.Code, Engine: engine));

        // Then
        var summary = $"{file} on {engine}: {report.Status} {report.Message} | " +
            string.Join(" | ", report.Tests.Where(t => t.Verdict != Verdict.AC).Select(t => $"{t.Name}: {t.Verdict} {t.Message}"));
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
