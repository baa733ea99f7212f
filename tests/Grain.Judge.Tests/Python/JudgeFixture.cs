using Grain.Content;
using Grain.Judge.Python;
using Grain.Judge.Sandbox;
using Grain.Testing;

namespace Grain.Judge.Tests.Python;

/// <summary>One judge for the whole test run: built-in content, a temporary data folder, a small scale ladder.</summary>
public static class JudgeFixture
{
    /// <summary>The data folder of the test judge.</summary>
    public static string DataDirectory { get; } = TestFolders.ForRun("python-judge");

    private static readonly Lazy<PythonJudge> Shared = new(() => new PythonJudge(new PythonJudgeOptions
    {
        Library = ContentLoader.Load(RepoPaths.Content).Library,
        DataDirectory = DataDirectory,
        Sandbox = SandboxMode.Auto,
        ScaleSizes = [2_000, 8_000, 32_000],
        // A sleeping hostile case is stopped after 3 s of waiting instead of 10: the same rule, a shorter hold on the run.
        WaitAllowance = TimeSpan.FromSeconds(3),
    }));

    public static PythonJudge Judge => Shared.Value;

    /// <summary>The folder of Python judge cases.</summary>
    public static string CorpusDirectory => Path.Combine(RepoPaths.Root, "tests", "Grain.Judge.Tests", "Data", "python");
}
