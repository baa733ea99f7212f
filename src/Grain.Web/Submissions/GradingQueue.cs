using System.Text.Json;
using System.Threading.Channels;
using Grain.Core.Judging;
using Grain.Store;
using Grain.Web.Learning;

namespace Grain.Web.Submissions;

/// <summary>
/// Grades stored submissions in the background, one at a time. On start it puts submissions left running back in the
/// queue and picks up every queued one, so a restart loses nothing. A graded Submit becomes a review of the problem.
/// </summary>
public sealed class GradingQueue(IGrainStore store, Learner learner, IEnumerable<IJudge> judges, ILogger<GradingQueue> logger) : BackgroundService
{
    private static readonly TimeSpan JudgeTimeout = TimeSpan.FromMinutes(5);
    private readonly Channel<long> _queue = Channel.CreateUnbounded<long>();
    private readonly Dictionary<string, IJudge> _judges = judges.GroupBy(j => j.Language).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>True when a judge for the language is installed.</summary>
    public bool Grades(string language) => _judges.ContainsKey(language);

    /// <summary>Stores a submission (before anything else) and queues it; returns it.</summary>
    public async Task<StoredSubmission> SubmitAsync(string problem, string language, string code, bool examplesOnly)
    {
        var id = await store.CreateSubmissionAsync(await learner.UserIdAsync(), problem, language, code, examplesOnly);
        _queue.Writer.TryWrite(id);
        return (await store.GetSubmissionAsync(id))!;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await store.RequeueRunningSubmissionsAsync(stoppingToken);
        foreach (var queued in await store.GetQueuedSubmissionsAsync(int.MaxValue, stoppingToken))
        {
            _queue.Writer.TryWrite(queued.Id);
        }
        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            // Another grader (or an earlier copy of this id in the queue) may have taken it.
            if (!await store.TryStartSubmissionAsync(id, stoppingToken) || await store.GetSubmissionAsync(id, stoppingToken) is not { } submission)
            {
                continue;
            }
            var report = await GradeAsync(submission, stoppingToken);
            var graded = report.Status != JudgeStatus.Error;
            bool? passed = graded && !submission.ExamplesOnly ? report.Status == JudgeStatus.Pass : null;
            if (passed is { } solved)
            {
                // Before completing, so a client that sees "done" also sees the problem's new schedule.
                await learner.RecordProblemAttemptAsync(submission.ProblemId, solved);
            }
            await store.CompleteSubmissionAsync(id, graded ? SubmissionStatus.Done : SubmissionStatus.Error, passed, JsonSerializer.Serialize(report), stoppingToken);
        }
    }

    private async Task<JudgeReport> GradeAsync(StoredSubmission submission, CancellationToken stoppingToken)
    {
        if (!_judges.TryGetValue(submission.Language, out var judge))
        {
            return ErrorReport(submission, $"No {submission.Language} judge is installed in this build of Grain.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(JudgeTimeout);
        try
        {
            return await judge.JudgeAsync(new JudgeRequest(submission.ProblemId, submission.Language, submission.Code, submission.ExamplesOnly), timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return ErrorReport(submission, "Grading took longer than five minutes and was stopped.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "judge failed on submission {Id}", submission.Id);
            return ErrorReport(submission, "The judge failed on this submission (internal error). Your code is saved; try again.");
        }
    }

    private static JudgeReport ErrorReport(StoredSubmission submission, string message) => new()
    {
        Problem = submission.ProblemId,
        Language = submission.Language,
        Status = JudgeStatus.Error,
        Message = message,
    };
}
