namespace Grain.Judge.Sandbox;

/// <summary>What a sandboxed run produced, measured from outside the candidate's process.</summary>
public sealed record SandboxOutcome
{
    public int ExitCode { get; init; }
    public int Signal { get; init; }
    public long CpuMs { get; init; }
    public long PeakKb { get; init; }
    public long WallMs { get; init; }
    public bool TimedOut { get; init; }
    public bool ConsoleExceeded { get; init; }
    public bool ResultsExceeded { get; init; }

    /// <summary>The run's processes together reached the memory limit and the kernel killed one (memory cgroup).</summary>
    public bool MemoryExceeded { get; init; }

    /// <summary>The host stopped the run because its CPU time, measured from outside, passed a limit.</summary>
    public bool CpuExceeded { get; init; }

    /// <summary>The host stopped the run because the submission spent its waiting budget (sleeping, not computing).</summary>
    public bool Waited { get; init; }
    public string Stdout { get; init; } = "";
    public string Stderr { get; init; } = "";

    /// <summary>Lines read from the result channel, as written (framing is checked by the caller).</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];
}
