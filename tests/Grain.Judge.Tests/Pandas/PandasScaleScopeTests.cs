using Grain.Core.Judging;
using Grain.Testing;

namespace Grain.Judge.Tests.Pandas;

/// <summary>Which pandas problems get a scale group: only those whose hidden data can grow.</summary>
[Collection(PandasJudgeCollection.Name)]
public sealed class PandasScaleScopeTests(PandasJudgeFixture fixture)
{
    [RequiresFact("bubblewrap", "pandas")]
    public async Task Should_Grade_A_Problem_With_Fixed_Csv_Hidden_Data_Without_A_Scale_Group_And_Say_So()
    {
        // Given: json-revenue-by-currency's dataset (raw_feeds) gives its hidden data as CSV files per seed.
        var code = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Content, "problems", "json-revenue-by-currency", "reference.pandas.py"));

        // When
        var report = await fixture.ScaleJudge.JudgeAsync(new JudgeRequest("json-revenue-by-currency", "pandas", code));

        // Then
        report.Status.ShouldBe(JudgeStatus.Pass, string.Join("; ", report.Tests.Select(t => $"{t.Name}: {t.Message}")));
        report.Tests.ShouldNotContain(t => t.Group == TestGroup.Scale);
        report.Notes!.ShouldContain(n => n.Contains("no scale group", StringComparison.Ordinal));
    }
}
