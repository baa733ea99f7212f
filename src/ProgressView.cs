using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Web.Submissions;

namespace Grain.Web;

/// <summary>What the pages know of the user's progress on an item: new, learning, mastered (cards); new, attempted, solved (problems).</summary>
public class ProgressView(ISubmissionStore submissions)
{
    /// <summary>The status word of an item for the current user.</summary>
    public virtual string StatusOf(IContentItem item)
    {
        if (item is Problem problem)
        {
            var all = submissions.ForProblemAsync(problem.Id).GetAwaiter().GetResult();
            return all.Any(s => !s.ExamplesOnly && s.Result?.Status == JudgeStatus.Pass) ? "solved" : all.Count > 0 ? "attempted" : "new";
        }
        return "new";
    }

    /// <summary>Records that the user opened hint <paramref name="number"/> of a problem.</summary>
    public virtual Task RecordHintAsync(Problem problem, int number) => Task.CompletedTask;

    /// <summary>Records a self-graded practice verdict.</summary>
    public virtual Task RecordPracticeAsync(IContentItem item, Practice.HireVerdict verdict) => Task.CompletedTask;
}
