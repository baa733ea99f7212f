using Grain.Core.Content;

namespace Grain.Content;

/// <summary>
/// One kind of library item (card, problem, design, ...): where its files live, how one is read, where its page is, its
/// rubric, the mock rounds it fits and the sections a generic page shows. Registered once, in <see cref="ContentKinds"/>.
/// </summary>
public abstract class ContentKind
{
    private protected ContentKind()
    {
    }

    /// <summary>The kind's id, the <see cref="IContentItem.Kind"/> of its items and the <c>kind</c> filter of queries: design.</summary>
    public abstract string Id { get; }

    /// <summary>The kind as users read it: System design.</summary>
    public abstract string Title { get; }

    /// <summary>The content folder holding its files, relative to a content root: design.</summary>
    public abstract string Folder { get; }

    /// <summary>True when files in sub-folders of <see cref="Folder"/> count too (cards are filed by topic).</summary>
    public virtual bool Recursive => false;

    /// <summary>The path its items' pages live under, without a trailing slash: <c>/practice</c>.</summary>
    public abstract string UrlPrefix { get; }

    /// <summary>The record type of its items.</summary>
    public abstract Type ItemType { get; }

    /// <summary>The page of an item of this kind.</summary>
    public string UrlOf(IContentItem item) => UrlPrefix + "/" + Uri.EscapeDataString(item.Id);

    /// <summary>The files of a kind's folder that each hold one item, in a stable order.</summary>
    public virtual IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md", Recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            : [];

    /// <summary>The files of a kind's folder that could hold the item with that id (for loading one item alone).</summary>
    public virtual IEnumerable<string> FilesFor(string folder, string id)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var file = Path.Combine(folder, id + ".md");
        var here = File.Exists(file) ? new[] { file } : [];
        return Recursive
            ? [.. here, .. Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Select(d => Path.Combine(d, id + ".md")).Where(File.Exists).Order(StringComparer.Ordinal)]
            : here;
    }

    /// <summary>Reads one file into an item of this kind, or null when it cannot (problems become diagnostics).</summary>
    public abstract IContentItem? ReadItem(ContentReader reader, string path);

    /// <summary>The hire rubric of an item of this kind, or null when it has none.</summary>
    public abstract Rubric? RubricOf(IContentItem item);

    /// <summary>The mock round types (<see cref="RoundType"/>) an item of this kind can be drawn for.</summary>
    public abstract IReadOnlyList<string> MockRoundsOf(IContentItem item);

    /// <summary>The sections a generic item page shows, in order (a kind with a page of its own may show none).</summary>
    public abstract IReadOnlyList<ContentSection> SectionsOf(IContentItem item);

    /// <summary>What a mock round shows of the item while it runs (Markdown): a card's question, a problem's statement.</summary>
    public abstract string PromptOf(IContentItem item);

    /// <summary>What a mock round shows of the item once answered (Markdown): a card's answer, an exercise's reference.</summary>
    public abstract string ReferenceOf(IContentItem item);
}
