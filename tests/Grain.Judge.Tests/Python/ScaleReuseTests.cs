using System.Text.Json.Nodes;
using Grain.Content;
using Grain.Core.Judging;
using Grain.Judge.Python;
using Grain.Judge.Sandbox;
using Grain.Testing;

namespace Grain.Judge.Tests.Python;

/// <summary>The reference's scale measurements are kept between gradings and reused only while a calibration run agrees.</summary>
public sealed class ScaleReuseTests
{
    private const string Reference = """
        def count_events(events):
            counts = {}
            for event in events:
                key = (event["user_id"], event["event_type"])
                counts[key] = counts.get(key, 0) + 1
            return counts
        """;

    // Right on the small inputs of the other groups, wrong once the input is big: only a compared scale run catches it.
    private const string WrongAtScale = """
        def count_events(events):
            counts = {}
            seen = 0
            for event in events:
                seen += 1
                key = (event["user_id"], event["event_type"])
                counts[key] = counts.get(key, 0) + (2 if seen == 5000 else 1)
            return counts
        """;

    private static PythonJudge NewJudge(string data) => new(new PythonJudgeOptions
    {
        Library = ContentLoader.Load(RepoPaths.Content).Library,
        DataDirectory = data,
        Sandbox = SandboxMode.Auto,
        ScaleSizes = [2_000, 8_000, 32_000],
        // Whether the machine's speed drifted is timing, which tests must not depend on: Agrees is tested on its own.
        ScaleCalibrationDrift = 1_000,
    });

    private static bool Reused(JudgeReport report) => report.Notes!.Any(n => n.Contains("come from an earlier grading", StringComparison.Ordinal));

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Reuse_The_References_Scale_Figures_While_Its_Smallest_Size_Agrees()
    {
        // Given
        var data = TestFolders.Fresh("grain-scale-reuse-");
        var judge = NewJudge(data);
        var request = new JudgeRequest("event-counts", "python", Reference);

        // When
        var first = await judge.JudgeAsync(request);
        var second = await judge.JudgeAsync(request);
        var wrong = await judge.JudgeAsync(new JudgeRequest("event-counts", "python", WrongAtScale));

        // Then
        first.Status.ShouldBe(JudgeStatus.Pass, string.Join("; ", first.Tests.Select(t => t.Message)));
        Reused(first).ShouldBeFalse();
        Directory.GetFiles(Path.Combine(data, "judge", "scale"), "*.json").Length.ShouldBe(3);
        second.Status.ShouldBe(JudgeStatus.Pass, string.Join("; ", second.Tests.Select(t => t.Message)));
        Reused(second).ShouldBeTrue(string.Join("; ", second.Notes!));
        var scale = wrong.Tests.Single(t => t.Group == TestGroup.Scale);
        scale.Verdict.ShouldBe(Verdict.WA);
        scale.Message.ShouldNotBeNull().ShouldContain("differs from the reference");
        wrong.Tests.Where(t => t.Group != TestGroup.Scale).ShouldAllBe(t => t.Verdict == Verdict.AC);
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Measure_Every_Size_Again_When_The_Kept_Smallest_Size_Is_Damaged()
    {
        // Given
        var data = TestFolders.Fresh("grain-scale-damaged-");
        var judge = NewJudge(data);
        var request = new JudgeRequest("event-counts", "python", Reference);
        await judge.JudgeAsync(request);
        var files = Directory.GetFiles(Path.Combine(data, "judge", "scale"), "*.json");
        var smallest = files.Single(f => JsonNode.Parse(File.ReadAllText(f))!["size"]!.GetValue<long>() == 2_000);
        File.WriteAllText(smallest, "{ not json");

        // When
        var damaged = await judge.JudgeAsync(request);
        var again = await judge.JudgeAsync(request);

        // Then
        damaged.Status.ShouldBe(JudgeStatus.Pass, string.Join("; ", damaged.Tests.Select(t => t.Message)));
        Reused(damaged).ShouldBeFalse();
        Reused(again).ShouldBeTrue(string.Join("; ", again.Notes!));
    }

    [Theory]
    [InlineData(100, 100, true)]
    [InlineData(119, 100, true)]
    [InlineData(81, 100, true)]
    [InlineData(125, 100, false)]
    [InlineData(70, 100, false)]
    [InlineData(18, 5, true)]
    [InlineData(40, 0, false)]
    [InlineData(10, -1, false)]
    public void Should_Agree_Within_The_Drift_Or_The_Noise_Floor(long measuredMs, long keptMs, bool agrees)
    {
        ScaleRunner.Agrees(measuredMs, keptMs).ShouldBe(agrees);
    }
}
