using Grain.Core.Content;

namespace Grain.Content;

/// <summary>The loaded content, immutable, indexed by id, topic, level, round and company, with text search.</summary>
public sealed class ContentLibrary
{
    private Grain.Core.Learning.LearningCatalogue? _catalogue;

    private readonly Dictionary<string, IContentItem> _byId;
    private readonly Dictionary<string, IReadOnlyList<IContentItem>> _itemsByKind;
    // Typed lists per kind id, built on first use of OfKind<T>.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _typed = new(StringComparer.Ordinal);
    // Lower-cased search text per item, built on the first text query: most commands never search.
    private Dictionary<string, string>? _searchText;

    /// <summary>
    /// A library of the given kinds: <paramref name="items"/> holds each kind's items by kind id (a kind without an entry
    /// has none).
    /// </summary>
    public ContentLibrary(
        string root,
        ContentKinds kinds,
        IReadOnlyList<Topic> topics,
        IReadOnlyList<SkillArea> skills,
        IReadOnlyList<CompanyProfile> companies,
        IReadOnlyDictionary<string, IReadOnlyList<IContentItem>> items,
        IReadOnlyList<Guide> guides)
    {
        Root = root;
        Kinds = kinds;
        Topics = topics;
        Skills = skills;
        Companies = companies;
        _itemsByKind = kinds.ToDictionary(k => k.Id, k => items.GetValueOrDefault(k.Id) ?? [], StringComparer.Ordinal);
        Guides = guides.OrderBy(g => g.Order).ThenBy(g => g.Title, StringComparer.Ordinal).ToList();
        Items = kinds.SelectMany(k => _itemsByKind[k.Id]).ToList();
        _byId = new Dictionary<string, IContentItem>(StringComparer.Ordinal);
        foreach (var item in Items)
        {
            _byId.TryAdd(item.Id, item);
        }
    }

    /// <summary>The content folder this library was read from (the library itself, before any pack).</summary>
    public string Root { get; }

    /// <summary>Every folder the library was read from: <see cref="Root"/> first, then the packs added beside it.</summary>
    public IReadOnlyList<string> Roots
    {
        get => field ?? [Root];
        init;
    }

    public IReadOnlyList<Topic> Topics { get; }
    public IReadOnlyList<SkillArea> Skills { get; }
    public IReadOnlyList<CompanyProfile> Companies { get; }
    public IReadOnlyList<ConceptCard> Cards => OfKind<ConceptCard>();
    public IReadOnlyList<Problem> Problems => OfKind<Problem>();
    public IReadOnlyList<DesignExercise> Designs => OfKind<DesignExercise>();
    public IReadOnlyList<ModelingExercise> Modeling => OfKind<ModelingExercise>();
    public IReadOnlyList<BehavioralPrompt> Behavioral => OfKind<BehavioralPrompt>();
    public IReadOnlyList<Guide> Guides { get; }

    /// <summary>The content kinds this library was read with.</summary>
    public ContentKinds Kinds { get; }

    /// <summary>Every browsable item, kind by kind in the order of <see cref="Kinds"/>.</summary>
    public IReadOnlyList<IContentItem> Items { get; }

    /// <summary>The items of the kind whose records are <typeparamref name="T"/> (none when no such kind is registered).</summary>
    public IReadOnlyList<T> OfKind<T>() where T : class, IContentItem =>
        Kinds.FirstOrDefault(k => k.ItemType == typeof(T)) is { } kind ? (IReadOnlyList<T>)_typed.GetOrAdd(kind.Id, _ => _itemsByKind[kind.Id].OfType<T>().ToList()) : [];

    /// <summary>The items of the kind with that id (none for an unknown kind).</summary>
    public IReadOnlyList<IContentItem> OfKind(string kind) => _itemsByKind.GetValueOrDefault(kind) ?? [];

    /// <summary>The kind of an item, or null when its kind is not registered.</summary>
    public ContentKind? KindOf(IContentItem item) => Kinds.Find(item.Kind);

    /// <summary>The page of an item, by its kind (the library page when the kind is unknown).</summary>
    public string UrlOf(IContentItem item) => KindOf(item)?.UrlOf(item) ?? "/library";

    /// <summary>The item's hire rubric, by its kind; null when it has none.</summary>
    public Rubric? RubricOf(IContentItem item) => KindOf(item)?.RubricOf(item);

    /// <summary>The item with that id, or null.</summary>
    public IContentItem? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The learnable cards and problems as the learning engine sees them (built on first use).</summary>
    public Grain.Core.Learning.LearningCatalogue Catalogue => _catalogue ??= new(Skills, Cards, Problems);

    /// <summary>The item with that id and type, or null.</summary>
    public T? Find<T>(string id) where T : class, IContentItem => Find(id) as T;

    public Topic? Topic(string id) => Topics.FirstOrDefault(t => t.Id == id);
    public CompanyProfile? Company(string id) => Companies.FirstOrDefault(c => c.Id == id);
    public SkillArea? Skill(string id) => Skills.FirstOrDefault(s => s.Id == id);
    public Guide? Guide(string id) => Guides.FirstOrDefault(g => g.Id == id);

    /// <summary>Items matching every filter given (null filters match all); text matches every word of the query.</summary>
    public IReadOnlyList<IContentItem> Query(ContentQuery query)
    {
        IEnumerable<IContentItem> items = Items;
        if (query.Kind is { Length: > 0 } kind)
        {
            items = items.Where(i => i.Kind == kind);
        }
        if (query.Topic is { Length: > 0 } topic)
        {
            items = items.Where(i => i.Topic == topic);
        }
        if (query.Level is { } level)
        {
            items = items.Where(i => i.Level == level);
        }
        if (query.Round is { Length: > 0 } round)
        {
            items = items.Where(i => i.Rounds.Contains(round));
        }
        if (query.Company is { Length: > 0 } company)
        {
            items = items.Where(i => i.Companies.Contains(company));
        }
        if (query.Text is { Length: > 0 } text)
        {
            var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            items = items
                .Select(i => (Item: i, Score: Score(i, words)))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score)
                .Select(x => x.Item);
        }
        return items.ToList();
    }

    private int Score(IContentItem item, string[] words)
    {
        _searchText ??= Items.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First().SearchText.ToLowerInvariant());
        var body = _searchText[item.Id];
        var title = item.Title.ToLowerInvariant();
        var score = 0;
        foreach (var word in words)
        {
            if (!body.Contains(word, StringComparison.Ordinal) && !item.Id.Contains(word, StringComparison.Ordinal))
            {
                return 0;
            }
            score += title.Contains(word, StringComparison.Ordinal) ? 3 : 1;
        }
        return score;
    }
}

/// <summary>Filters for <see cref="ContentLibrary.Query"/>.</summary>
public sealed record ContentQuery(string? Text = null, string? Kind = null, string? Topic = null, Level? Level = null, string? Round = null, string? Company = null);
