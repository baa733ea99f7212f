using System.Text.Json;
using Grain.Core.Judging;
using Grain.Store;

namespace Grain.Web.Submissions;

/// <summary>
/// Keeps the groups a judge has finished for a running submission in the store, in report order, so
/// <c>GET /api/submissions/{id}</c> and the result panel show results as they come. Writes happen one after another; a
/// worker's writes count only while it holds the lease.
/// </summary>
internal sealed class GradingProgress(IGrainStore store, StoredSubmission submission, string? leaseOwner, ILogger logger) : IProgress<JudgeProgress>
{
    /// <summary>The status word of a partial report kept while grading runs.</summary>
    public const string Running = "running";

    private readonly Lock _gate = new();
    private readonly List<TestResult> _tests = [];
    private Task _saving = Task.CompletedTask;

    public void Report(JudgeProgress value)
    {
        lock (_gate)
        {
            _tests.AddRange(value.Tests);
            var partial = new JudgeReport
            {
                Problem = submission.ProblemId,
                Language = submission.Language,
                Status = Running,
                Tests = _tests.OrderBy(t => GroupOrder(t.Group)).ToList(),
            };
            var json = JsonSerializer.Serialize(partial);
            _saving = _saving.ContinueWith(_ => SaveAsync(json), TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>Waits for the writes in flight, so a late partial report never lands after the final one.</summary>
    public Task FlushAsync()
    {
        lock (_gate)
        {
            return _saving;
        }
    }

    private async Task SaveAsync(string json)
    {
        try
        {
            await store.SaveSubmissionProgressAsync(submission.Id, json, leaseOwner);
        }
        catch (Exception ex)
        {
            // Progress is a courtesy: the final report is stored whatever happens here.
            logger.LogWarning(ex, "could not store the progress of submission {Id}", submission.Id);
        }
    }

    private static int GroupOrder(string group) => TestGroup.All.ToList().IndexOf(group) is var i and >= 0 ? i : TestGroup.All.Count;
}
