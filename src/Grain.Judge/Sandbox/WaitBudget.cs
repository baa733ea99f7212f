namespace Grain.Judge.Sandbox;

/// <summary>
/// The wall time a whole submission may spend waiting rather than computing, shared by all its sandboxed processes.
/// A process "waits" for the wall time it is not on a CPU; a slice of that is forgiven per CPU second used, so a
/// busy machine slowing a computing solution does not count against it, while a solution that sleeps does.
/// </summary>
public sealed class WaitBudget(TimeSpan allowance)
{
    /// <summary>Wall time forgiven per unit of CPU time (queueing behind other work on a loaded machine).</summary>
    public const int ForgivenPerCpu = 3;

    private long _spentMs;

    /// <summary>The default allowance of a submission.</summary>
    public static TimeSpan DefaultAllowance => TimeSpan.FromSeconds(10);

    /// <summary>The waiting time allowed to the whole submission.</summary>
    public TimeSpan Allowance => allowance;

    /// <summary>True when the submission has used up its waiting time; no further process should start.</summary>
    public bool Exhausted => Interlocked.Read(ref _spentMs) >= (long)allowance.TotalMilliseconds;

    /// <summary>Waiting of a process with this wall and CPU time, after the forgiven slice.</summary>
    public static long WaitingMs(long wallMs, long cpuMs) => Math.Max(0, wallMs - cpuMs - ForgivenPerCpu * cpuMs);

    /// <summary>True when a running process that has waited <paramref name="waitingMs"/> would exceed what is left.</summary>
    public bool WouldExceed(long waitingMs) => Interlocked.Read(ref _spentMs) + waitingMs > (long)allowance.TotalMilliseconds;

    /// <summary>Charges a finished process's waiting to the submission.</summary>
    public void Charge(long waitingMs) => Interlocked.Add(ref _spentMs, waitingMs);
}
