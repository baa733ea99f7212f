namespace Grain.Judge.Sandbox;

/// <summary>
/// The host's watch over a running sandbox: wall and CPU limits measured from outside (the run's cgroup), so nothing
/// the candidate writes or catches (forged frames, a SIGXCPU handler) extends them. Call-start frames only ever
/// shorten a limit: the totals hold whatever the frames say.
/// </summary>
internal sealed class RunWatch(SandboxLimits limits, RunCgroup? cgroup)
{
    // Past the harness's own per-call limit (which fires up to a second after the call's share), so an honest
    // overrun is still reported by the harness and the host only stops what ignored it.
    private const long PerCallGraceMs = 1500;

    /// <summary>How often the host samples the run's limits while it waits for the child to exit.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);
    private TimeSpan _callStarted = TimeSpan.MinValue;
    private long _cpuAtCallStart;
    private TimeSpan _lastCheck;

    /// <summary>Wall milliseconds during which every thread of the run was asleep.</summary>
    public long SleptMs { get; private set; }

    /// <summary>True when a wall, CPU or waiting limit stopped the run.</summary>
    public bool TimedOut { get; private set; }

    /// <summary>True when the CPU measured from outside passed the call's or the process's limit.</summary>
    public bool CpuExceeded { get; private set; }

    /// <summary>True when the submission's waiting budget ran out.</summary>
    public bool Waited { get; private set; }

    /// <summary>Returns true when the run must be killed now.</summary>
    public bool Check(TimeSpan elapsed, TimeSpan lastCallStarted)
    {
        if (cgroup?.AllAsleep() == true)
        {
            SleptMs += (long)(elapsed - _lastCheck).TotalMilliseconds;
        }
        _lastCheck = elapsed;
        var cpu = cgroup?.CpuMs();
        if (lastCallStarted != _callStarted)
        {
            _callStarted = lastCallStarted;
            _cpuAtCallStart = cpu ?? 0;
        }
        if (elapsed > TimeSpan.FromSeconds(limits.CpuSeconds * 3 + 2) || elapsed - lastCallStarted > limits.WallPerCall)
        {
            return TimedOut = true;
        }
        if (cpu is not { } used)
        {
            return false;
        }
        if (used > limits.CpuSeconds * 1000L || used - _cpuAtCallStart > limits.CpuPerCallSeconds * 1000L + PerCallGraceMs)
        {
            return TimedOut = CpuExceeded = true;
        }
        if (limits.Waiting is { } waiting && waiting.WouldExceed(SleptMs))
        {
            return TimedOut = Waited = true;
        }
        return false;
    }
}
