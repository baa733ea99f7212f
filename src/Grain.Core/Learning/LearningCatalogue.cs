using Grain.Core.Content;
using Grain.Core.Learning.Planning;
using Grain.Core.Learning.Progress;

namespace Grain.Core.Learning;

/// <summary>The learnable items of a content library as the learning engine sees them: which skill each trains, in which order new cards come.</summary>
public sealed class LearningCatalogue
{
    private readonly Dictionary<string, string> _skillOfTopic = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cardIds;

    /// <summary>Builds the catalogue; a topic counts towards the first skill that lists it.</summary>
    public LearningCatalogue(IEnumerable<SkillArea> skills, IReadOnlyList<ConceptCard> cards, IReadOnlyList<Problem> problems)
    {
        foreach (var skill in skills)
        {
            foreach (var topic in skill.Topics)
            {
                _skillOfTopic.TryAdd(topic, skill.Id);
            }
        }
        _cardIds = cards.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        CardsInIntroductionOrder = cards.OrderBy(c => c.Level).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id).ToList();
        PlanItems =
        [
            .. cards.Select(c => new PlanItem(c.Id, PlanItem.Card, c.Topic, c.Level, c.Title)),
            .. problems.Select(p => new PlanItem(p.Id, PlanItem.Problem, p.Topic, p.Level, p.Title)),
        ];
        ProgressItems =
        [
            .. cards.Where(c => SkillOf(c.Topic) is not null).Select(c => new ProgressItem(c.Id, PlanItem.Card, SkillOf(c.Topic)!)),
            .. problems.Where(p => SkillOf(p.Topic) is not null).Select(p => new ProgressItem(p.Id, PlanItem.Problem, SkillOf(p.Topic)!)),
        ];
    }

    /// <summary>Cards and problems as the plan builder sees them.</summary>
    public IReadOnlyList<PlanItem> PlanItems { get; }

    /// <summary>Cards and problems with the skill they count towards (items whose topic trains no skill are left out).</summary>
    public IReadOnlyList<ProgressItem> ProgressItems { get; }

    /// <summary>Card ids in the order new cards are introduced when no plan says otherwise: junior first, then by id.</summary>
    public IReadOnlyList<string> CardsInIntroductionOrder { get; }

    /// <summary>The skill a topic trains, or null.</summary>
    public string? SkillOf(string topic) => _skillOfTopic.GetValueOrDefault(topic);

    /// <summary>True when the id names a concept card (reviews show cards; problems are re-solved instead).</summary>
    public bool IsCard(string itemId) => _cardIds.Contains(itemId);
}
