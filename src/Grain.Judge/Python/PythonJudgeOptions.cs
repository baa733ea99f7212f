using Grain.Content;
using Grain.Judge.Sandbox;

namespace Grain.Judge.Python;

/// <summary>Settings of the Python judge; register one instance in DI and reuse it.</summary>
public sealed record PythonJudgeOptions
{
    /// <summary>The content library holding the problems.</summary>
    public required ContentLibrary Library { get; init; }

    /// <summary>The data folder: generated datasets and expected outputs are cached under <c>judge/</c>.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>How submissions are isolated.</summary>
    public SandboxMode Sandbox { get; init; } = SandboxMode.Auto;

    /// <summary>The Python interpreter, a command or a path; null means <c>python3</c> on PATH.</summary>
    public string? Python { get; init; }

    /// <summary>False runs submissions without run cgroups (per-process limits only).</summary>
    public bool RunCgroups { get; init; } = true;

    /// <summary>Sizes for the scale check instead of the problem's (tests use small ladders).</summary>
    public IReadOnlyList<long>? ScaleSizes { get; init; }

    /// <summary>
    /// How far (as a share) the reference's re-measured CPU time at the smallest scale size may be from its kept one before
    /// every kept scale figure is measured again (default 0.2; tests that are not about timing set it high).
    /// </summary>
    public double ScaleCalibrationDrift { get; init; } = 0.2;

    /// <summary>
    /// The wall time a whole submission may spend asleep rather than computing, over all its processes (default 10 s;
    /// tests about other things set it shorter, so a sleeping submission holds a test run for less).
    /// </summary>
    public TimeSpan WaitAllowance { get; init; } = WaitBudget.DefaultAllowance;

    /// <summary>Harness processes run at once for independent groups.</summary>
    public int Parallelism { get; init; } = 2;
}
