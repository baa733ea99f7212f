using Grain.Core.Content;
using Grain.Core.Learning.Progress;
using Grain.Web.Learning;

namespace Grain.Web;

/// <summary>What the pages know of the learner's progress on items, read from the store, and the hints they revealed.</summary>
public sealed class ProgressView(Learner learner)
{
    /// <summary>The status of every item met so far: problems from submissions, other items from their FSRS state.</summary>
    public async Task<ItemStatuses> StatusesAsync()
    {
        var user = await learner.UserIdAsync();
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var card in await learner.Store.GetCardsAsync(user))
        {
            statuses[card.ItemId] = StatusOf(card);
        }
        foreach (var s in await learner.Store.GetSubmissionsAsync(user))
        {
            statuses[s.ProblemId] = Fold(statuses.GetValueOrDefault(s.ProblemId), s);
        }
        return new ItemStatuses(statuses);
    }

    /// <summary>The status of one item, reading only its own card and submissions (a page about one item needs no more).</summary>
    public async Task<string> StatusOfAsync(IContentItem item)
    {
        var user = await learner.UserIdAsync();
        var status = await learner.Store.GetCardAsync(user, item.Id) is { } card ? StatusOf(card) : null;
        if (item is Problem)
        {
            foreach (var s in await learner.Store.GetSubmissionsAsync(user, item.Id))
            {
                status = Fold(status, s);
            }
        }
        return status ?? ItemStatuses.New;
    }

    private static string StatusOf(Grain.Core.Learning.Fsrs.SrsCard card) => Mastery.IsMastered(card) ? "mastered" : "learning";

    // A passing full submission solves a problem for good; any other submission marks it attempted unless solved.
    private static string Fold(string? status, Grain.Store.StoredSubmission submission) =>
        submission.Passed == true && !submission.ExamplesOnly ? "solved"
        : status == "solved" ? "solved"
        : "attempted";

    /// <summary>Records that hint <paramref name="number"/> of an item (problem or exercise) was shown.</summary>
    public async Task RecordHintAsync(string itemId, int number) =>
        await learner.Store.RevealHintAsync(await learner.UserIdAsync(), itemId, number);

    /// <summary>How many hints of an item were revealed (they are revealed in order).</summary>
    public async Task<int> HintsShownAsync(string itemId) =>
        (await learner.Store.GetRevealedHintsAsync(await learner.UserIdAsync(), itemId)).DefaultIfEmpty(0).Max();
}

/// <summary>Status words per item: new, learning, mastered (cards, exercises); new, attempted, solved (problems).</summary>
public sealed class ItemStatuses(IReadOnlyDictionary<string, string> statuses)
{
    /// <summary>No progress at all.</summary>
    public static readonly ItemStatuses None = new(new Dictionary<string, string>());

    /// <summary>The status word of an item.</summary>
    public string Of(IContentItem item) => statuses.GetValueOrDefault(item.Id) ?? New;

    /// <summary>The status of an item never met.</summary>
    public const string New = "new";
}
