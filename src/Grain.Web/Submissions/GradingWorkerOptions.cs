namespace Grain.Web.Submissions;

/// <summary>How a <see cref="GradingWorker"/> runs: how many submissions at once, how long a lease lasts, how often an idle worker looks for work.</summary>
public sealed record GradingWorkerOptions
{
    /// <summary>Submissions graded at once by this process.</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>How long a claim lasts without renewal; renewed every third of it while grading.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an idle worker waits before looking for queued submissions again.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Claims after which a submission that keeps losing its worker (a crash while grading it) is stored as an error.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>This process's name in leases: host and process id (each slot adds its number).</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";
}
