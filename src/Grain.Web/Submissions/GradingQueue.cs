using Grain.Store;
using Grain.Web.Learning;

namespace Grain.Web.Submissions;

/// <summary>
/// Grades stored submissions in the background, one at a time, Runs (examples only) before Submits and learners in
/// turn (<see cref="GradingLanes"/>). A learner has at most <see cref="MaxPendingPerLearner"/> submissions waiting or
/// being graded. On start it puts submissions it left running back in the queue and picks up every queued one, so a
/// restart loses nothing. A graded Submit becomes a review of the problem. With grading off
/// (<see cref="GrainWebOptions.GradeInProcess"/>) it only stores submissions, counting a learner's waiting ones in the
/// store, and <c>grain worker</c> processes grade them (<see cref="GradingWorker"/>).
/// </summary>
public sealed class GradingQueue(IGrainStore store, SubmissionGrader grader, GrainWebOptions options) : BackgroundService
{
    /// <summary>The most submissions one learner may have waiting or being graded.</summary>
    public const int MaxPendingPerLearner = 5;

    /// <summary>The Retry-After value, in seconds, of a refused submission: about one quick grading.</summary>
    public const string RetryAfterSeconds = "10";

    /// <summary>What a learner with too many submissions waiting is told.</summary>
    public static readonly string FullMessage =
        $"You already have {MaxPendingPerLearner} submissions waiting to be graded. Wait for one to finish, then try again.";

    private readonly GradingLanes _lanes = new(MaxPendingPerLearner);

    /// <summary>True when a judge for the language is installed.</summary>
    public bool Grades(string language) => grader.Grades(language);

    /// <summary>Stores a submission of a learner and queues it; throws <see cref="GradingQueueFullException"/> when they have too many waiting.</summary>
    public async Task<StoredSubmission> SubmitAsync(long userId, string problem, string language, string code, bool examplesOnly, string? engine = null) =>
        await TrySubmitAsync(userId, problem, language, code, examplesOnly, engine) ?? throw new GradingQueueFullException();

    /// <summary>Stores a submission (before anything else) and queues it; null when the learner has too many waiting. <paramref name="engine"/>: the SQL engine asked for.</summary>
    public async Task<StoredSubmission?> TrySubmitAsync(long userId, string problem, string language, string code, bool examplesOnly, string? engine = null)
    {
        if (!options.GradeInProcess)
        {
            // Workers grade elsewhere: the store knows what waits. Two requests at once may both pass; the bound is about fairness, not safety.
            if (await store.CountPendingSubmissionsAsync(userId) >= MaxPendingPerLearner)
            {
                return null;
            }
            return (await store.GetSubmissionAsync(await store.CreateSubmissionAsync(userId, problem, language, code, examplesOnly, engine)))!;
        }
        if (!_lanes.TryReserve(userId))
        {
            return null;
        }
        long id;
        try
        {
            id = await store.CreateSubmissionAsync(userId, problem, language, code, examplesOnly, engine);
        }
        catch
        {
            _lanes.CancelReservation(userId);
            throw;
        }
        _lanes.Add(new GradingLanes.Waiting(id, userId, examplesOnly), reserved: true);
        return (await store.GetSubmissionAsync(id))!;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.GradeInProcess)
        {
            return;
        }
        await store.RequeueRunningSubmissionsAsync(stoppingToken);
        foreach (var queued in await store.GetQueuedSubmissionsAsync(int.MaxValue, stoppingToken))
        {
            _lanes.Add(new GradingLanes.Waiting(queued.Id, queued.UserId, queued.ExamplesOnly), reserved: false);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = await _lanes.TakeAsync(stoppingToken);
            try
            {
                await GradeAndStoreAsync(next.Id, stoppingToken);
            }
            finally
            {
                _lanes.Done(next);
            }
        }
    }

    private async Task GradeAndStoreAsync(long id, CancellationToken stoppingToken)
    {
        // Another grader may have taken it.
        if (!await store.TryStartSubmissionAsync(id, stoppingToken) || await store.GetSubmissionAsync(id, stoppingToken) is not { } submission)
        {
            return;
        }
        var outcome = await grader.GradeAsync(submission, leaseOwner: null, stoppingToken);
        await grader.RecordReviewAsync(submission, outcome);
        await store.CompleteSubmissionAsync(id, outcome.Status, outcome.Passed, outcome.ReportJson, stoppingToken);
    }
}

/// <summary>The learner already has <see cref="GradingQueue.MaxPendingPerLearner"/> submissions waiting: answered 429 with Retry-After.</summary>
public sealed class GradingQueueFullException() : Exception(GradingQueue.FullMessage);
