using System.Text.Json;
using Grain.Core.Judging;
using Grain.Store;
using Grain.Web.Learning;

namespace Grain.Web.Submissions;

/// <summary>
/// Grades one stored submission with the judge of its language, under the judge timeout, and turns a graded Submit into
/// a review of the problem. Shared by the in-process <see cref="GradingQueue"/> and the <see cref="GradingWorker"/>.
/// </summary>
public sealed class SubmissionGrader(IGrainStore store, ReviewRecorder reviews, IEnumerable<IJudge> judges, GrainWebOptions options, ILogger<SubmissionGrader> logger)
{
    private readonly Dictionary<string, IJudge> _judges = judges.GroupBy(j => j.Language).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>What grading produced: the status to store, whether a Submit passed (null for a Run or an error), and the report.</summary>
    public sealed record Outcome(string Status, bool? Passed, string ReportJson);

    /// <summary>True when a judge for the language is installed.</summary>
    public bool Grades(string language) => _judges.ContainsKey(language);

    /// <summary>
    /// Grades the submission, storing partial results as groups finish (<paramref name="leaseOwner"/>: the worker's lease,
    /// null in-process). Throws <see cref="OperationCanceledException"/> only when <paramref name="stoppingToken"/> fires.
    /// </summary>
    public async Task<Outcome> GradeAsync(StoredSubmission submission, string? leaseOwner, CancellationToken stoppingToken)
    {
        var progress = new GradingProgress(store, submission, leaseOwner, logger);
        var report = await JudgeAsync(submission, progress, stoppingToken);
        await progress.FlushAsync();
        var graded = report.Status != JudgeStatus.Error;
        bool? passed = graded && !submission.ExamplesOnly ? report.Status == JudgeStatus.Pass : null;
        return new Outcome(graded ? SubmissionStatus.Done : SubmissionStatus.Error, passed, JsonSerializer.Serialize(report));
    }

    /// <summary>
    /// A graded Submit becomes a review of the problem for its learner; called before the outcome is stored, so a client
    /// that sees "done" also sees the problem's new schedule. The review counts only when the problem is due, so grading
    /// a submission again (a worker died after this step) does not review it twice.
    /// </summary>
    public async Task RecordReviewAsync(StoredSubmission submission, Outcome outcome)
    {
        if (outcome.Passed is { } solved)
        {
            await reviews.RecordProblemAttemptAsync(submission.UserId, submission.ProblemId, solved);
        }
    }

    private async Task<JudgeReport> JudgeAsync(StoredSubmission submission, GradingProgress progress, CancellationToken stoppingToken)
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
            stoppingToken.ThrowIfCancellationRequested();
            return timeout.IsCancellationRequested ? ErrorReport(submission, tooLong) : report;
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

    /// <summary>An error report with a message for the learner.</summary>
    public static JudgeReport ErrorReport(StoredSubmission submission, string message) => new()
    {
        Problem = submission.ProblemId,
        Language = submission.Language,
        Status = JudgeStatus.Error,
        Message = message,
    };
}
