using System.Text.Json;
using Grain.Core.Judging;
using Grain.Store;
using Grain.Web.Learning;

namespace Grain.Web.Submissions;

/// <summary>
/// Grades stored submissions in the background, one at a time, Runs (examples only) before Submits and learners in
/// turn (<see cref="GradingLanes"/>). A learner has at most <see cref="MaxPendingPerLearner"/> submissions waiting or
/// being graded. On start it puts submissions left running back in the queue and picks up every queued one, so a
/// restart loses nothing. A graded Submit becomes a review of the problem.
/// </summary>
public sealed class GradingQueue(IGrainStore store, ReviewRecorder reviews, IEnumerable<IJudge> judges, GrainWebOptions options, ILogger<GradingQueue> logger) : BackgroundService
{
    /// <summary>The most submissions one learner may have waiting or being graded.</summary>
    public const int MaxPendingPerLearner = 5;

    /// <summary>The Retry-After value, in seconds, of a refused submission: about one quick grading.</summary>
    public const string RetryAfterSeconds = "10";

    /// <summary>What a learner with too many submissions waiting is told.</summary>
    public static readonly string FullMessage =
        $"You already have {MaxPendingPerLearner} submissions waiting to be graded. Wait for one to finish, then try again.";

    private readonly GradingLanes _lanes = new(MaxPendingPerLearner);
    private readonly Dictionary<string, IJudge> _judges = judges.GroupBy(j => j.Language).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>True when a judge for the language is installed.</summary>
    public bool Grades(string language) => _judges.ContainsKey(language);

    /// <summary>Stores a submission of a learner and queues it; throws <see cref="GradingQueueFullException"/> when they have too many waiting.</summary>
    public async Task<StoredSubmission> SubmitAsync(long userId, string problem, string language, string code, bool examplesOnly, string? engine = null) =>
        await TrySubmitAsync(userId, problem, language, code, examplesOnly, engine) ?? throw new GradingQueueFullException();

    /// <summary>Stores a submission (before anything else) and queues it; null when the learner has too many waiting. <paramref name="engine"/>: the SQL engine asked for.</summary>
    public async Task<StoredSubmission?> TrySubmitAsync(long userId, string problem, string language, string code, bool examplesOnly, string? engine = null)
    {
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
        var progress = new GradingProgress(store, submission, logger);
        var report = await GradeAsync(submission, progress, stoppingToken);
        await progress.FlushAsync();
        var graded = report.Status != JudgeStatus.Error;
        bool? passed = graded && !submission.ExamplesOnly ? report.Status == JudgeStatus.Pass : null;
        if (passed is { } solved)
        {
            // Before completing, so a client that sees "done" also sees the problem's new schedule.
            await reviews.RecordProblemAttemptAsync(submission.UserId, submission.ProblemId, solved);
        }
        await store.CompleteSubmissionAsync(id, graded ? SubmissionStatus.Done : SubmissionStatus.Error, passed, JsonSerializer.Serialize(report), stoppingToken);
    }

    private async Task<JudgeReport> GradeAsync(StoredSubmission submission, GradingProgress progress, CancellationToken stoppingToken)
    {
        if (!_judges.TryGetValue(submission.Language, out var judge))
        {
            return ErrorReport(submission, $"No {submission.Language} judge is installed in this build of Grain.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(options.JudgeTimeout);
        var tooLong = $"Grading took longer than {Describe(options.JudgeTimeout)} and was stopped.";
        try
        {
            var request = new JudgeRequest(submission.ProblemId, submission.Language, submission.Code, submission.ExamplesOnly, submission.Engine) { Progress = progress };
            var report = await judge.JudgeAsync(request, timeout.Token);
            // A judge stopped by the timeout may still answer, with verdicts of runs it killed: they are not the code's.
            return timeout.IsCancellationRequested && !stoppingToken.IsCancellationRequested ? ErrorReport(submission, tooLong) : report;
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return ErrorReport(submission, tooLong);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "judge failed on submission {Id}", submission.Id);
            return ErrorReport(submission, "The judge failed on this submission (internal error). Your code is saved; try again.");
        }
    }

    private static string Describe(TimeSpan time) =>
        time.TotalMinutes >= 1 && time.Seconds == 0 ? $"{time.TotalMinutes:0} minute{(time.TotalMinutes == 1 ? "" : "s")}"
        : $"{time.TotalSeconds:0.#} second{(time.TotalSeconds == 1 ? "" : "s")}";

    private static JudgeReport ErrorReport(StoredSubmission submission, string message) => new()
    {
        Problem = submission.ProblemId,
        Language = submission.Language,
        Status = JudgeStatus.Error,
        Message = message,
    };
}

/// <summary>The learner already has <see cref="GradingQueue.MaxPendingPerLearner"/> submissions waiting: answered 429 with Retry-After.</summary>
public sealed class GradingQueueFullException() : Exception(GradingQueue.FullMessage);
