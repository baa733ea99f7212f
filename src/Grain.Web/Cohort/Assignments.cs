using Grain.Store;
using Grain.Web.Learning;

namespace Grain.Web.Cohort;

/// <summary>An assignment as a learner sees it: each item and whether they have done it.</summary>
public sealed record AssignmentStatus(StoredAssignment Assignment, IReadOnlyList<AssignmentItem> Items)
{
    /// <summary>True when every item is done.</summary>
    public bool Done => Items.All(i => i.Done);
}

/// <summary>One item of an assignment and whether the learner has done it.</summary>
public sealed record AssignmentItem(string ItemId, bool Done);

/// <summary>Which assigned items a learner has done: a problem once a full Submit passed, any other item once reviewed or practised.</summary>
public static class Assignments
{
    /// <summary>The ids of every item the user has done in the assignment sense.</summary>
    public static async Task<IReadOnlySet<string>> DoneItemsAsync(IGrainStore store, long userId)
    {
        var done = (await store.GetCardsAsync(userId)).Select(c => c.ItemId).ToHashSet(StringComparer.Ordinal);
        // A problem's card exists after any graded Submit, failed too: only a pass counts.
        var problems = (await store.GetSubmissionsAsync(userId)).ToLookup(s => s.ProblemId, StringComparer.Ordinal);
        done.RemoveWhere(id => problems.Contains(id));
        done.UnionWith(problems.Where(g => g.Any(s => s.Passed == true && !s.ExamplesOnly)).Select(g => g.Key));
        return done;
    }

    /// <summary>The assignments of the learner's cohort with their own progress; empty outside a cohort.</summary>
    public static async Task<IReadOnlyList<AssignmentStatus>> ForAsync(Learner learner)
    {
        if (learner.CohortId is not { } cohort)
        {
            return [];
        }
        var assignments = await learner.Store.GetAssignmentsAsync(cohort);
        if (assignments.Count == 0)
        {
            return [];
        }
        var done = await DoneItemsAsync(learner.Store, await learner.UserIdAsync());
        return assignments.Select(a => new AssignmentStatus(a, a.ItemIds.Select(i => new AssignmentItem(i, done.Contains(i))).ToList())).ToList();
    }
}
