using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Sql;
using Grain.Judge.Tests.Python;
using Grain.Judge.Tests.Sql;
using Grain.Testing;

namespace Grain.Judge.Tests;

/// <summary>Both judges tell the caller each group of tests as it finishes, and the groups add up to the final report.</summary>
[Collection(SqlJudgeCollection.Name)]
public sealed class JudgeProgressTests(SqlJudgeFixture sql)
{
    [Fact]
    public async Task Should_Report_Each_Sql_Group_As_It_Finishes_In_Report_Order()
    {
        // Given
        var problem = sql.Library.Find<Problem>("index-orders-by-customer")!;
        var progress = new RecordedProgress();

        // When
        var report = await sql.Judge.JudgeAsync(new JudgeRequest(problem.Id, "sql", SqlJudge.ReferenceFor(problem, "sqlite"), Engine: "sqlite") { Progress = progress });

        // Then
        report.Status.ShouldBe(JudgeStatus.Pass);
        progress.Groups[^1].Group.ShouldBe(TestGroup.Plan);
        progress.Groups.Select(g => g.Group).ShouldBe(report.Tests.Select(t => t.Group).Distinct());
        progress.Groups.SelectMany(g => g.Tests).Select(t => (t.Name, t.Verdict)).ShouldBe(report.Tests.Select(t => (t.Name, t.Verdict)));
    }

    [RequiresFact("bubblewrap")]
    public async Task Should_Report_Each_Python_Group_As_It_Finishes_Scale_Last()
    {
        // Given
        var library = Content.ContentLoader.Load(RepoPaths.Content).Library;
        var problem = library.Find<Problem>("event-counts")!;
        var progress = new RecordedProgress();

        // When
        var report = await JudgeFixture.Judge.JudgeAsync(new JudgeRequest(problem.Id, "python", File.ReadAllText(Path.Combine(problem.Directory, "reference.py"))) { Progress = progress });

        // Then
        report.Status.ShouldBe(JudgeStatus.Pass);
        progress.Groups[^1].Group.ShouldBe(TestGroup.Scale);
        progress.Groups.Select(g => g.Group).Order().ShouldBe(report.Tests.Select(t => t.Group).Distinct().Order());
        progress.Groups.SelectMany(g => g.Tests).Select(t => t.Name).Order().ShouldBe(report.Tests.Select(t => t.Name).Order());
    }

    [RequiresFact("bubblewrap")]
    public async Task Should_Report_Nothing_For_A_Python_Syntax_Error()
    {
        // Given
        var progress = new RecordedProgress();

        // When
        var report = await JudgeFixture.Judge.JudgeAsync(new JudgeRequest("event-counts", "python", "def count_events(events)\n    return {}\n", ExamplesOnly: true) { Progress = progress });

        // Then
        report.Status.ShouldBe(JudgeStatus.Error);
        progress.Groups.ShouldBeEmpty();
    }

    /// <summary>Keeps what it is told, in order, on the judge's own thread.</summary>
    private sealed class RecordedProgress : IProgress<JudgeProgress>
    {
        private readonly List<JudgeProgress> _groups = [];

        public IReadOnlyList<JudgeProgress> Groups
        {
            get
            {
                lock (_groups)
                {
                    return [.. _groups];
                }
            }
        }

        public void Report(JudgeProgress value)
        {
            lock (_groups)
            {
                _groups.Add(value);
            }
        }
    }
}
