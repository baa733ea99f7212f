using Grain.Core.Content;
using Grain.Core.Learning.Fsrs;
using Grain.Store;

namespace Grain.Web.Learning;

/// <summary>
/// The schedulers, and graded problems and practice verdicts recorded as FSRS reviews of a given user: shared by the
/// pages (through <see cref="Learner"/>) and the grading queue, which records each submission to its submitter.
/// </summary>
public sealed class ReviewRecorder(IGrainStore store, TimeProvider clock)
{
    /// <summary>The FSRS scheduler shared by card reviews, problems and practice.</summary>
    public FsrsScheduler Scheduler { get; } = new(new FsrsOptions { EnableFuzz = true });

    /// <summary>
    /// The scheduler for problems and practice exercises: no minute-long learning steps (re-solving a problem ten
    /// minutes later teaches nothing), so a solved problem comes back in days and a failed one the next day or so.
    /// </summary>
    public FsrsScheduler ItemScheduler { get; } = new(new FsrsOptions { EnableFuzz = true, LearningSteps = [], RelearningSteps = [] });

    /// <summary>
    /// A graded Submit of a problem as an FSRS review of <paramref name="userId"/>'s schedule (ProblemRating: solved →
    /// Good, solved after hints → Hard, failed → Again). It counts only when the problem is due (never attempted, or due
    /// again), so extra attempts on a day it is already scheduled for later do not move its schedule.
    /// </summary>
    public async Task RecordProblemAttemptAsync(long userId, string problemId, bool solved)
    {
        var hints = (await store.GetRevealedHintsAsync(userId, problemId)).Count;
        await ReviewIfDueAsync(userId, problemId, "problem", ProblemRating.From(solved, hints));
    }

    /// <summary>A self-graded practice verdict as an FSRS review of the item (Strong Hire → Good, Lean → Hard, No → Again), when due.</summary>
    public async Task RecordPracticeAsync(long userId, IContentItem item, Core.Learning.Mock.HireVerdict verdict)
    {
        var rating = verdict switch
        {
            Core.Learning.Mock.HireVerdict.StrongHire => Rating.Good,
            Core.Learning.Mock.HireVerdict.LeanHire => Rating.Hard,
            _ => Rating.Again,
        };
        await ReviewIfDueAsync(userId, item.Id, item.Kind, rating);
    }

    private async Task ReviewIfDueAsync(long user, string itemId, string kind, Rating rating)
    {
        var now = clock.GetUtcNow();
        var card = await store.GetCardAsync(user, itemId) ?? SrsCard.New(itemId, now);
        if (card.Due <= now)
        {
            await store.SaveReviewAsync(user, kind, ItemScheduler.Review(card, rating, now));
        }
    }
}
