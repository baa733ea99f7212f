using System.Security.Cryptography;
using Grain.Core.Judging;
using Grain.Judge.Pandas;
using Grain.Testing;

namespace Grain.Judge.Tests.Pandas;

/// <summary>The table files a pandas grading reads: written once per dataset size, shared read-only by later runs.</summary>
[Collection(PandasJudgeCollection.Name)]
public sealed class PandasTableFilesTests(PandasJudgeFixture fixture) : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("grain-pandas-tables-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [RequiresFact("bubblewrap", "pandas")]
    public async Task Should_Write_Each_Dataset_Once_And_Let_Later_Gradings_Read_The_Same_Files()
    {
        // Given
        var judge = new PandasJudge(fixture.Sql, new PandasJudgeOptions { Library = fixture.Library, DataDirectory = _data, ScaleSizes = [] });
        var reference = await Reference("avg-price-per-item");
        (await judge.JudgeAsync(new JudgeRequest("avg-price-per-item", "pandas", reference))).Status.ShouldBe(JudgeStatus.Pass);
        var tables = Path.Combine(_data, "judge", "pandas-tables");
        var first = Snapshot(tables);

        // When
        var again = await judge.JudgeAsync(new JudgeRequest("avg-price-per-item", "pandas", reference));

        // Then: the example and hidden data each have one folder of three tables, untouched by the second grading
        again.Status.ShouldBe(JudgeStatus.Pass);
        first.Count.ShouldBeGreaterThanOrEqualTo(6);
        first.Keys.ShouldAllBe(f => f.EndsWith(".jsonl", StringComparison.Ordinal));
        Snapshot(tables).ShouldBe(first);
        Directory.GetDirectories(tables).ShouldNotContain(d => d.Contains(".partial-", StringComparison.Ordinal));
    }

    [RequiresFact("bubblewrap", "pandas")]
    public async Task Should_Keep_The_Shared_Tables_Intact_When_A_Submission_Tries_To_Write_Them()
    {
        // Given: the tables written by a first grading, then a submission that appends to every table file it can see
        var judge = new PandasJudge(fixture.Sql, new PandasJudgeOptions { Library = fixture.Library, DataDirectory = _data, ScaleSizes = [] });
        var reference = await Reference("avg-price-per-item");
        (await judge.JudgeAsync(new JudgeRequest("avg-price-per-item", "pandas", reference))).Status.ShouldBe(JudgeStatus.Pass);
        var tables = Path.Combine(_data, "judge", "pandas-tables");
        var before = Snapshot(tables);
        const string hostile = """
            import glob, os
            import pandas as pd

            def solution(Customer, Item, BoughtItem):
                for path in glob.glob("/judge/*.jsonl") + glob.glob(os.path.join(os.path.dirname(__file__), "*.jsonl")):
                    with open(path, "a") as f:
                        f.write('[1, "x", 1e9]\n')
                return pd.DataFrame({"title": [], "average": []})
            """;

        // When
        var attack = await judge.JudgeAsync(new JudgeRequest("avg-price-per-item", "pandas", hostile));
        var after = await judge.JudgeAsync(new JudgeRequest("avg-price-per-item", "pandas", reference));

        // Then: the write failed inside the sandbox, the files are byte for byte the same, and the reference still passes
        attack.Status.ShouldNotBe(JudgeStatus.Pass);
        attack.Tests.ShouldContain(t => t.Message != null && (t.Message.Contains("Read-only file system", StringComparison.Ordinal) || t.Message.Contains("Permission denied", StringComparison.Ordinal)), string.Join("; ", attack.Tests.Select(t => t.Message)));
        Snapshot(tables).ShouldBe(before);
        after.Status.ShouldBe(JudgeStatus.Pass);
    }

    private static Task<string> Reference(string problem) =>
        File.ReadAllTextAsync(Path.Combine(RepoPaths.Content, "problems", problem, "reference.pandas.py"));

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) + "@" + File.GetLastWriteTimeUtc(f).Ticks);
}
