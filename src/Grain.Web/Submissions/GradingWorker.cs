using Grain.Store;

namespace Grain.Web.Submissions;

/// <summary>
/// Grades submissions from a shared PostgreSQL queue (<c>grain worker</c>): each slot claims the next submission with a
/// lease (<see cref="IGrainStore.ClaimSubmissionAsync"/>), renews it while grading, and stores the outcome only while it
/// still holds the lease, so a worker that was paused or cut off past its lease cannot overwrite the result of the
/// worker that took over. A worker killed mid-grading leaves its lease to expire; another one grades the submission
/// again. On shutdown a slot gives its submission back to the queue.
/// </summary>
public sealed class GradingWorker(IGrainStore store, SubmissionGrader grader, GradingWorkerOptions options, TimeProvider clock, ILogger<GradingWorker> logger) : BackgroundService
{
    private int _graded;

    /// <summary>Submissions this process has graded and stored.</summary>
    public int Graded => Volatile.Read(ref _graded);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(1, options.Concurrency).Select(slot => Task.Run(() => SlotAsync($"{options.Name}:{slot}", stoppingToken), CancellationToken.None)));

    private async Task SlotAsync(string worker, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            StoredSubmission? claimed;
            try
            {
                claimed = await store.ClaimSubmissionAsync(worker, clock.GetUtcNow(), options.Lease, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database is down or restarting: wait and try again rather than stopping the worker.
                logger.LogWarning(ex, "worker {Worker} could not claim a submission", worker);
                claimed = null;
            }
            if (claimed is null)
            {
                await DelayAsync(options.PollInterval, stoppingToken);
                continue;
            }
            try
            {
                await GradeAsync(worker, claimed, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The result could not be stored (database trouble): the lease expires and a worker grades it again.
                logger.LogError(ex, "worker {Worker} failed on submission {Id}", worker, claimed.Id);
                await DelayAsync(options.PollInterval, stoppingToken);
            }
        }
    }

    private async Task GradeAsync(string worker, StoredSubmission submission, CancellationToken stoppingToken)
    {
        if (submission.Attempts > options.MaxAttempts)
        {
            var message = $"Grading was interrupted {options.MaxAttempts} times (the grader stopped while running this code) and was not tried again.";
            await CompleteAsync(worker, submission, new SubmissionGrader.Outcome(SubmissionStatus.Error, null,
                System.Text.Json.JsonSerializer.Serialize(SubmissionGrader.ErrorReport(submission, message))));
            return;
        }
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await using var renewing = RenewWhileGrading(worker, submission.Id, lost);
        try
        {
            var outcome = await grader.GradeAsync(submission, worker, lost.Token);
            await renewing.DisposeAsync();
            // The review is written only while the lease is still ours, so a late worker does not review the problem too.
            if (!await store.RenewSubmissionLeaseAsync(submission.Id, worker, clock.GetUtcNow(), options.Lease, CancellationToken.None))
            {
                logger.LogWarning("worker {Worker} lost submission {Id} before storing its result", worker, submission.Id);
                return;
            }
            await grader.RecordReviewAsync(submission, outcome);
            await CompleteAsync(worker, submission, outcome);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                await store.ReleaseSubmissionLeaseAsync(submission.Id, worker, CancellationToken.None);
            }
            else
            {
                logger.LogWarning("worker {Worker} lost the lease of submission {Id} while grading it", worker, submission.Id);
            }
        }
    }

    private async Task CompleteAsync(string worker, StoredSubmission submission, SubmissionGrader.Outcome outcome)
    {
        if (await store.CompleteLeasedSubmissionAsync(submission.Id, worker, outcome.Status, outcome.Passed, outcome.ReportJson, CancellationToken.None))
        {
            Interlocked.Increment(ref _graded);
        }
        else
        {
            logger.LogWarning("worker {Worker} lost submission {Id}: its result was discarded", worker, submission.Id);
        }
    }

    // Renews the lease every third of its length; a renewal refused (another worker took over) stops the grading.
    private LeaseRenewal RenewWhileGrading(string worker, long id, CancellationTokenSource lost)
    {
        var stop = new CancellationTokenSource();
        var loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await DelayAsync(options.Lease / 3, stop.Token);
                if (stop.IsCancellationRequested)
                {
                    return;
                }
                try
                {
                    if (!await store.RenewSubmissionLeaseAsync(id, worker, clock.GetUtcNow(), options.Lease, stop.Token))
                    {
                        await lost.CancelAsync();
                        return;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A missed renewal is not fatal: the lease outlives two of them.
                    logger.LogWarning(ex, "worker {Worker} could not renew the lease of submission {Id}", worker, id);
                }
            }
        }, CancellationToken.None);
        return new LeaseRenewal(stop, loop);
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private sealed class LeaseRenewal(CancellationTokenSource stop, Task loop) : IAsyncDisposable
    {
        private bool _disposed;

        public async ValueTask DisposeAsync()
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            await stop.CancelAsync();
            try
            {
                await loop;
            }
            catch (OperationCanceledException)
            {
            }
            stop.Dispose();
        }
    }
}
