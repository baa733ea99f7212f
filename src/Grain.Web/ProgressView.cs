using Grain.Core.Content;

namespace Grain.Web;

/// <summary>What the pages know of the user's progress on an item: new, learning, mastered (cards); new, attempted, solved (problems).</summary>
public class ProgressView
{
    /// <summary>The status word of an item for the current user.</summary>
    public virtual string StatusOf(IContentItem item) => "new";

    /// <summary>Records that the user opened hint <paramref name="number"/> of a problem.</summary>
    public virtual Task RecordHintAsync(Problem problem, int number) => Task.CompletedTask;

    /// <summary>Records a self-graded practice verdict.</summary>
    public virtual Task RecordPracticeAsync(IContentItem item, Practice.HireVerdict verdict) => Task.CompletedTask;
}
