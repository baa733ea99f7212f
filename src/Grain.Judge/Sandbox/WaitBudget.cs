namespace Grain.Judge.Sandbox;

/// <summary>
/// The wall time a whole submission may spend asleep rather than computing, shared by all its sandboxed processes.
/// Only time when every thread of a run is asleep counts (sampled from its cgroup), so a busy machine slowing a
/// computing solution does not count against it, while a solution that sleeps or blocks does.
/// </summary>
public sealed class WaitBudget(TimeSpan allowance)
{
    private long _spentMs;

    /// <summary>The default allowance of a submission.</summary>
    public static TimeSpan DefaultAllowance => TimeSpan.FromSeconds(10);

    /// <summary>The waiting time allowed to the whole submission.</summary>
    public TimeSpan Allowance => allowance;

    /// <summary>True when the submission has used up its waiting time; no further process should start.</summary>
    public bool Exhausted => Interlocked.Read(ref _spentMs) >= (long)allowance.TotalMilliseconds;

    /// <summary>True when a running process that has waited <paramref name="waitingMs"/> would exceed what is left.</summary>
    public bool WouldExceed(long waitingMs) => Interlocked.Read(ref _spentMs) + waitingMs > (long)allowance.TotalMilliseconds;

    /// <summary>Charges a finished process's waiting to the submission.</summary>
    public void Charge(long waitingMs) => Interlocked.Add(ref _spentMs, waitingMs);
}
