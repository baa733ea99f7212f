using System.Threading.Channels;
using Grain.Core.Judging;

namespace Grain.Web.Submissions;

/// <summary>Grades stored submissions in the background, one at a time per worker; re-queues unfinished ones on start.</summary>
public sealed class GradingQueue(ISubmissionStore store, IEnumerable<IJudge> judges, ILogger<GradingQueue> logger) : BackgroundService
{
    private static readonly TimeSpan JudgeTimeout = TimeSpan.FromMinutes(5);
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>();
    private readonly Dictionary<string, IJudge> _judges = judges.GroupBy(j => j.Language).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>True when a judge for the language is installed.</summary>
    public bool Grades(string language) => _judges.ContainsKey(language);

    /// <summary>Adds a stored submission to the queue.</summary>
    public void Enqueue(string id) => _queue.Writer.TryWrite(id);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var unfinished in await store.UnfinishedAsync(stoppingToken))
        {
            Enqueue(unfinished.Id);
        }
        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            if (await store.GetAsync(id, stoppingToken) is not { State: not SubmissionState.Done } submission)
            {
                continue;
            }
            await store.UpdateAsync(submission with { State = SubmissionState.Running }, stoppingToken);
            var report = await GradeAsync(submission, stoppingToken);
            await store.UpdateAsync(submission with { State = SubmissionState.Done, Result = report, GradedAt = DateTimeOffset.UtcNow }, stoppingToken);
        }
    }

    private async Task<JudgeReport> GradeAsync(Submission submission, CancellationToken stoppingToken)
    {
        if (!_judges.TryGetValue(submission.Language, out var judge))
        {
            return ErrorReport(submission, $"No {submission.Language} judge is installed in this build of Grain.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(JudgeTimeout);
        try
        {
            return await judge.JudgeAsync(new JudgeRequest(submission.Problem, submission.Language, submission.Code, submission.ExamplesOnly), timeout.Token);
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

    private static JudgeReport ErrorReport(Submission submission, string message) => new()
    {
        Problem = submission.Problem,
        Language = submission.Language,
        Status = JudgeStatus.Error,
        Message = message,
    };
}
