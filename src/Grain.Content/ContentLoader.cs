using Grain.Core.Content;

namespace Grain.Content;

/// <summary>What loading a content folder produced: the library (everything that parsed) and every problem found.</summary>
public sealed record ContentLoadResult(ContentLibrary Library, IReadOnlyList<ContentDiagnostic> Diagnostics);

/// <summary>Reads every file under a content folder into typed records and checks the rules of docs/CONTENT.md.</summary>
public static partial class ContentLoader
{
    /// <summary>Loads a content folder. Never throws for bad content: problems become diagnostics.</summary>
    public static ContentLoadResult Load(string contentDirectory) => Load([contentDirectory]);

    /// <summary>Loads the library root and its packs with the built-in content kinds.</summary>
    public static ContentLoadResult Load(IReadOnlyList<string> contentDirectories) => Load(contentDirectories, ContentKinds.Builtin);

    /// <summary>
    /// Loads the library root and the packs beside it (the first folder is the library, the others are packs) into
    /// one library with the given content kinds; an id defined in two folders is reported at the second file, naming the first.
    /// </summary>
    public static ContentLoadResult Load(IReadOnlyList<string> contentDirectories, ContentKinds kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (contentDirectories.Count == 0)
        {
            throw new ArgumentException("at least one content folder is needed", nameof(contentDirectories));
        }
        var roots = contentDirectories.Select(d => Path.GetFullPath(d)).Distinct(StringComparer.Ordinal).ToList();
        var bag = new DiagnosticBag();
        var topics = new List<Topic>();
        var skills = new List<SkillArea>();
        var companies = new List<CompanyProfile>();
        var items = kinds.ToDictionary(k => k.Id, _ => new List<IContentItem>(), StringComparer.Ordinal);
        var guides = new List<Guide>();
        for (var i = 0; i < roots.Count; i++)
        {
            var reader = new Reader(roots[i], bag, pack: i > 0);
            topics.AddRange(reader.ReadTopics());
            skills.AddRange(reader.ReadSkills());
            companies.AddRange(reader.ReadCompanies());
            var kindReader = new ContentReader(reader);
            foreach (var kind in kinds)
            {
                var folder = Path.Combine(roots[i], kind.Folder);
                items[kind.Id].AddRange(kind.Files(folder).Select(file => Checked(kind, kind.ReadItem(kindReader, file))).OfType<IContentItem>());
            }
            guides.AddRange(reader.ReadAll("guides", reader.ReadGuide));
        }

        var library = new ContentLibrary(roots[0], kinds, topics, skills, companies, items.ToDictionary(p => p.Key, p => (IReadOnlyList<IContentItem>)p.Value), guides) { Roots = roots };
        CrossReferences.Check(library, bag);
        var ordered = bag.Items
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ToList();
        return new ContentLoadResult(library, ordered);
    }

    // A kind whose records name another kind is a bug in its code, not in the content: the library could not find its page.
    internal static IContentItem? Checked(ContentKind kind, IContentItem? item) =>
        item is null || item.Kind == kind.Id ? item
        : throw new InvalidOperationException($"content kind '{kind.Id}' read a record of kind '{item.Kind}' from {item.Source.Path}; its records' Kind must be '{kind.Id}'");
}
