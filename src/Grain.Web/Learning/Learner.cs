using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Planning;
using Grain.Core.Learning.Progress;
using Grain.Store;

namespace Grain.Web.Learning;

/// <summary>The local learner as the pages see them: the store, their user id, the content and the clock.</summary>
public sealed class Learner(IGrainStore store, ContentLibrary library, TimeProvider clock)
{
    private long? _userId;
    /// <summary>The FSRS scheduler shared by card reviews, problems and practice.</summary>
    public FsrsScheduler Scheduler { get; } = new(new FsrsOptions { EnableFuzz = true });

    /// <summary>
    /// The scheduler for problems and practice exercises: no minute-long learning steps (re-solving a problem ten
    /// minutes later teaches nothing), so a solved problem comes back in days and a failed one the next day or so.
    /// </summary>
    public FsrsScheduler ItemScheduler { get; } = new(new FsrsOptions { EnableFuzz = true, LearningSteps = [], RelearningSteps = [] });

    public IGrainStore Store => store;
    public ContentLibrary Library => library;
    public DateTimeOffset Now => clock.GetUtcNow();
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>The local user's id (created on first use).</summary>
    // Not a Lazy<Task>: a failed lookup (database busy or down at start-up) is tried again on the next request, not cached forever.
    public async Task<long> UserIdAsync() => _userId ??= await store.GetOrCreateUserAsync(IGrainStore.LocalUser);

    /// <summary>The skill a topic trains, or null.</summary>
    public string? SkillOf(string topic) => library.Catalogue.SkillOf(topic);

    /// <summary>Cards and problems as the plan builder sees them.</summary>
    public IReadOnlyList<PlanItem> PlanItems() => library.Catalogue.PlanItems;

    /// <summary>Readiness per skill and overall, from the store.</summary>
    public async Task<ReadinessReport> ReadinessAsync()
    {
        var user = await UserIdAsync();
        var cards = await store.GetCardsAsync(user);
        var logs = await store.GetReviewLogsAsync(user);
        var solved = (await store.GetSubmissionsAsync(user)).Where(s => s.Passed == true && !s.ExamplesOnly).Select(s => s.ProblemId).ToHashSet(StringComparer.Ordinal);
        var assessment = await store.GetLatestAssessmentAsync(user);
        var company = assessment is null ? null : library.Company(assessment.Assessment.CompanyId);
        return Readiness.Compute(library.Skills.Select(s => s.Id).ToList(), library.Catalogue.ProgressItems, cards, logs, solved,
            assessment?.Assessment.Ratings, company?.Emphasis, Now);
    }

    /// <summary>
    /// A graded Submit of a problem as an FSRS review (ProblemRating: solved → Good, solved after hints → Hard, failed →
    /// Again). It counts only when the problem is due (never attempted, or due again), so extra attempts on a day it is
    /// already scheduled for later do not move its schedule.
    /// </summary>
    public async Task RecordProblemAttemptAsync(string problemId, bool solved) =>
        await RecordProblemAttemptAsync(await UserIdAsync(), problemId, solved);

    /// <summary>As <see cref="RecordProblemAttemptAsync(string, bool)"/>, for the learner who submitted (a grader works for every learner).</summary>
    public async Task RecordProblemAttemptAsync(long user, string problemId, bool solved)
    {
        var hints = (await store.GetRevealedHintsAsync(user, problemId)).Count;
        await ReviewIfDueAsync(user, problemId, "problem", ProblemRating.From(solved, hints));
    }

    /// <summary>A self-graded practice verdict as an FSRS review of the item (Strong Hire → Good, Lean → Hard, No → Again), when due.</summary>
    public async Task RecordPracticeAsync(IContentItem item, Core.Learning.Mock.HireVerdict verdict)
    {
        var rating = verdict switch
        {
            Core.Learning.Mock.HireVerdict.StrongHire => Rating.Good,
            Core.Learning.Mock.HireVerdict.LeanHire => Rating.Hard,
            _ => Rating.Again,
        };
        await ReviewIfDueAsync(await UserIdAsync(), item.Id, item.Kind, rating);
    }

    private async Task ReviewIfDueAsync(long user, string itemId, string kind, Rating rating)
    {
        var now = Now;
        var card = await store.GetCardAsync(user, itemId) ?? SrsCard.New(itemId, now);
        if (card.Due <= now)
        {
            await store.SaveReviewAsync(user, kind, ItemScheduler.Review(card, rating, now));
        }
    }
}
