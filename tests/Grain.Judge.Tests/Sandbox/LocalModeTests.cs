using Grain.Content;
using Grain.Core.Judging;
using Grain.Judge.Python;
using Grain.Judge.Sandbox;
using Grain.Judge.Tests.Python;
using Grain.Testing;

namespace Grain.Judge.Tests.Sandbox;

/// <summary>
/// Local mode (no bubblewrap): limits only, but the limits still give the right verdicts. Memory in local mode is
/// covered by <see cref="SandboxLimitTests"/> with small limits.
/// </summary>
public sealed class LocalModeTests
{
    private static readonly Lazy<PythonJudge> Local = new(() => new PythonJudge(new PythonJudgeOptions
    {
        Library = ContentLoader.Load(RepoPaths.Content).Library,
        DataDirectory = TestFolders.ForRun("python-judge-local"),
        Sandbox = SandboxMode.Local,
        ScaleSizes = [2_000, 8_000, 32_000],
        WaitAllowance = TimeSpan.FromSeconds(3),
    }));

    [RequiresTheory("python")]
    [InlineData("hostile/infinite-loop.py")]
    [InlineData("hostile/ignores-sigxcpu.py")]
    [InlineData("hostile/sleeps.py")]
    public async Task Should_Give_The_Limit_Verdict_Without_A_Sandbox(string file)
    {
        // Given
        var @case = CorpusCase.Load(Path.Combine(JudgeFixture.CorpusDirectory, file));

        // When
        var report = await Local.Value.JudgeAsync(new JudgeRequest(@case.Problem, "python", @case.Code, ExamplesOnly: true));

        // Then
        CorpusAssert.Matches(@case, report);
        report.Tests.ShouldAllBe(t => t.Message == null || !t.Message.Contains("exit code"));
    }

    [RequiresFact("python")]
    public async Task Should_Pass_A_Correct_Solution_Without_A_Sandbox()
    {
        // Given
        var reference = File.ReadAllText(Path.Combine(RepoPaths.Content, "problems", "event-counts", "reference.py"));

        // When
        var report = await Local.Value.JudgeAsync(new JudgeRequest("event-counts", "python", reference, ExamplesOnly: true));

        // Then
        report.Status.ShouldBe(JudgeStatus.Pass);
        report.Notes!.ShouldContain(n => n.Contains("WITHOUT a sandbox", StringComparison.Ordinal));
    }
}
