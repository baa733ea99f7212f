namespace Grain.Judge.Sandbox;

/// <summary>Limits of one sandboxed process.</summary>
public sealed record SandboxLimits
{
    /// <summary>CPU seconds for the whole process (hard limit).</summary>
    public int CpuSeconds { get; init; } = 10;

    /// <summary>CPU seconds for one call of the candidate's function.</summary>
    public int CpuPerCallSeconds { get; init; } = 2;

    /// <summary>Address space on top of what the interpreter has mapped at start.</summary>
    public long MemoryBytes { get; init; } = 512L << 20;

    /// <summary>Largest file the process may write.</summary>
    public long FileBytes { get; init; } = 8L << 20;

    /// <summary>Processes for the sandbox (pids cgroup or RLIMIT_NPROC).</summary>
    public int Processes { get; init; } = 32;

    /// <summary>Captured stdout and stderr, each; more is an output-limit failure.</summary>
    public int ConsoleBytes { get; init; } = 64 * 1024;

    /// <summary>Bytes of results on the harness channel.</summary>
    public long ResultBytes { get; init; } = 64L << 20;

    /// <summary>Wall time allowed per call, about three times the CPU limit.</summary>
    public TimeSpan WallPerCall => TimeSpan.FromSeconds(CpuPerCallSeconds * 3 + 1);

    /// <summary>The size of each writable tmpfs (<c>/tmp</c> and <c>/dev/shm</c>).</summary>
    public long TmpBytes { get; init; } = 16L << 20;

    /// <summary>
    /// Memory the run's cgroup allows on top of <see cref="MemoryBytes"/>: the supervisor, bubblewrap, the interpreter
    /// and room for its code pages, so that one process reaches its own address-space limit before the cgroup's.
    /// </summary>
    public long MemoryBaseBytes { get; init; } = 128L << 20;

    /// <summary>The waiting time shared by every process of a submission, or null for runs that are not the candidate's.</summary>
    public WaitBudget? Waiting { get; init; }
}
