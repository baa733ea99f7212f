using Grain.Core.Content;

namespace Grain.Core.Learning.Planning;

public static partial class PlanBuilder
{
    private static List<PlanTask> FillNewMaterial(
        int minutes,
        List<(SkillArea Skill, double Weight)> skills,
        ContentQueues content,
        Dictionary<string, int> allocated,
        Dictionary<string, bool> nextIsProblem,
        PlanSettings settings)
    {
        var cardsBySkill = new Dictionary<string, List<PlanItem>>();
        var order = new List<(string SkillId, PlanItem? Problem)>();
        while (true)
        {
            var fits = skills
                .Where(s => (content.HasCard(s.Skill.Id) && minutes >= settings.MinutesPerNewCard)
                    || (content.HasProblem(s.Skill.Id) && minutes >= settings.MinutesPerProblem))
                .ToList();
            if (fits.Count == 0)
            {
                break;
            }
            var total = allocated.Values.Sum();
            var (skill, _) = fits
                .OrderByDescending(s => s.Weight * (total + 1) - allocated[s.Skill.Id])
                .ThenByDescending(s => s.Weight)
                .First();
            var id = skill.Id;
            var problemFits = content.HasProblem(id) && minutes >= settings.MinutesPerProblem;
            var cardFits = content.HasCard(id) && minutes >= settings.MinutesPerNewCard;
            if (problemFits && (nextIsProblem[id] || !cardFits))
            {
                var problem = content.TakeProblem(id);
                order.Add((id, problem));
                minutes -= settings.MinutesPerProblem;
                allocated[id] += settings.MinutesPerProblem;
                nextIsProblem[id] = false;
                continue;
            }
            var cards = content.TakeCards(id, Math.Min(settings.MaxCardsPerBlock, minutes / settings.MinutesPerNewCard));
            if (!cardsBySkill.TryGetValue(id, out var list))
            {
                cardsBySkill[id] = list = [];
                order.Add((id, null));
            }
            list.AddRange(cards);
            minutes -= cards.Count * settings.MinutesPerNewCard;
            allocated[id] += cards.Count * settings.MinutesPerNewCard;
            nextIsProblem[id] = true;
        }
        var titles = skills.ToDictionary(s => s.Skill.Id, s => s.Skill.Title);
        return order.Select(o => o.Problem is { } p
                ? new PlanTask(PlanTaskKind.Problem, o.SkillId, [p.Id], settings.MinutesPerProblem, $"Solve: {p.Title}")
                : new PlanTask(PlanTaskKind.NewCards, o.SkillId, cardsBySkill[o.SkillId].Select(c => c.Id).ToList(),
                    cardsBySkill[o.SkillId].Count * settings.MinutesPerNewCard,
                    $"Learn {cardsBySkill[o.SkillId].Count} new {titles[o.SkillId]} card(s)"))
            .ToList();
    }

    /// <summary>Unstudied cards and problems per skill, easiest level first, then by id.</summary>
    private sealed class ContentQueues
    {
        private readonly Dictionary<string, Queue<PlanItem>> _cards = [];
        private readonly Dictionary<string, Queue<PlanItem>> _problems = [];

        public ContentQueues(PlanInput input, IReadOnlyList<SkillArea> skills)
        {
            var skillOfTopic = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var skill in skills)
            {
                _cards[skill.Id] = new Queue<PlanItem>();
                _problems[skill.Id] = new Queue<PlanItem>();
                foreach (var topic in skill.Topics)
                {
                    skillOfTopic.TryAdd(topic, skill.Id);
                }
            }
            var items = input.Items
                .Where(i => !input.Studied.Contains(i.Id))
                .OrderBy(i => i.Level)
                .ThenBy(i => i.Id, StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (skillOfTopic.TryGetValue(item.Topic, out var skillId))
                {
                    (item.Kind == PlanItem.Problem ? _problems : _cards)[skillId].Enqueue(item);
                }
            }
        }

        public bool HasCard(string skill) => _cards[skill].Count > 0;

        public bool HasProblem(string skill) => _problems[skill].Count > 0;

        public PlanItem TakeProblem(string skill) => _problems[skill].Dequeue();

        public List<PlanItem> TakeCards(string skill, int count)
        {
            var taken = new List<PlanItem>();
            while (taken.Count < count && _cards[skill].Count > 0)
            {
                taken.Add(_cards[skill].Dequeue());
            }
            return taken;
        }

        public int MinutesLeft(PlanSettings settings) =>
            _cards.Values.Sum(q => q.Count) * settings.MinutesPerNewCard + _problems.Values.Sum(q => q.Count) * settings.MinutesPerProblem;
    }
}
