using System.Collections;

namespace Grain.Content;

/// <summary>
/// The content kinds a library is read with, in order: <see cref="Builtin"/> and whatever a host adds with
/// <see cref="With"/>. Immutable: <see cref="With"/> returns a new registry.
/// </summary>
public sealed class ContentKinds : IReadOnlyList<ContentKind>
{
    private readonly IReadOnlyList<ContentKind> _kinds;

    private ContentKinds(IReadOnlyList<ContentKind> kinds) => _kinds = kinds;

    /// <summary>Concept cards.</summary>
    public static ContentKind Card { get; } = new CardKind();

    /// <summary>Coding problems (Python, SQL, pandas).</summary>
    public static ContentKind Problem { get; } = new ProblemKind();

    /// <summary>System and pipeline design exercises.</summary>
    public static ContentKind Design { get; } = new DesignKind();

    /// <summary>Data-modelling exercises.</summary>
    public static ContentKind Modeling { get; } = new ModelingKind();

    /// <summary>Behavioural prompts.</summary>
    public static ContentKind Behavioral { get; } = new BehavioralKind();

    /// <summary>The kinds Grain ships: card, problem, design, modeling, behavioral.</summary>
    public static ContentKinds Builtin { get; } = new([Card, Problem, Design, Modeling, Behavioral]);

    // Folders of a content root that are not item kinds.
    private static readonly string[] ReservedFolders = ["guides", "companies", "datasets"];

    /// <summary>This registry with one more kind; its id, folder and page prefix must be new.</summary>
    public ContentKinds With(ContentKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (!ContentLoader.Reader.IsSlug(kind.Id))
        {
            throw new ArgumentException($"content kind id '{kind.Id}' must be lowercase letters, digits and dashes", nameof(kind));
        }
        if (Find(kind.Id) is not null)
        {
            throw new ArgumentException($"content kind '{kind.Id}' is already registered", nameof(kind));
        }
        if (_kinds.FirstOrDefault(k => k.Folder == kind.Folder) is { } owner)
        {
            throw new ArgumentException($"content folder '{kind.Folder}' of kind '{kind.Id}' is already used by kind '{owner.Id}'", nameof(kind));
        }
        if (ReservedFolders.Contains(kind.Folder) || kind.Folder.Length == 0)
        {
            throw new ArgumentException($"content folder '{kind.Folder}' of kind '{kind.Id}' is not a folder for items", nameof(kind));
        }
        if (!kind.UrlPrefix.StartsWith('/') || kind.UrlPrefix.EndsWith('/') || _kinds.Any(k => k.UrlPrefix == kind.UrlPrefix))
        {
            throw new ArgumentException($"page prefix '{kind.UrlPrefix}' of kind '{kind.Id}' must start with '/', not end with one, and be new", nameof(kind));
        }
        return new([.. _kinds, kind]);
    }

    /// <summary>The kind with that id, or null.</summary>
    public ContentKind? Find(string id) => _kinds.FirstOrDefault(k => k.Id == id);

    /// <summary>True when every kind is one of <see cref="Builtin"/> (the content cache only stores those).</summary>
    public bool BuiltinOnly => _kinds.All(Builtin.Contains);

    /// <summary>The ids of the kinds, for messages: "card, problem, design".</summary>
    public string Names => string.Join(", ", _kinds.Select(k => k.Id));

    /// <inheritdoc />
    public int Count => _kinds.Count;

    /// <inheritdoc />
    public ContentKind this[int index] => _kinds[index];

    /// <inheritdoc />
    public IEnumerator<ContentKind> GetEnumerator() => _kinds.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
