using Grain.Core.Content;

namespace Grain.Content;

public static partial class ContentLoader
{
    /// <summary>
    /// Loads the one item with that id from the only file that can hold it (<c>problems/ID/problem.md</c>,
    /// <c>cards/[TOPIC/]ID.md</c>, <c>design/ID.md</c>, <c>modeling/ID.md</c>, <c>behavioral/ID.md</c>), with that file's
    /// diagnostics. Null when no such file exists or more than one does: the caller then loads the whole library, which
    /// reports the missing id or the duplicate. Cross-references (topics, companies) are only checked by a full load.
    /// </summary>
    public static ContentLoadResult? LoadItem(IReadOnlyList<string> contentDirectories, string id)
    {
        if (contentDirectories.Count == 0 || !Reader.IsSlug(id))
        {
            return null;
        }
        var roots = contentDirectories.Select(d => Path.GetFullPath(d)).Distinct(StringComparer.Ordinal).ToList();
        var found = new List<(int Root, string Kind, string File)>();
        for (var i = 0; i < roots.Count; i++)
        {
            foreach (var (kind, file) in Candidates(roots[i], id))
            {
                found.Add((i, kind, file));
            }
        }
        if (found.Count != 1)
        {
            return null;
        }
        var (rootIndex, itemKind, path) = found[0];
        var bag = new DiagnosticBag();
        var reader = new Reader(roots[rootIndex], bag, pack: rootIndex > 0);
        IContentItem? item = itemKind switch
        {
            "problem" => reader.ReadProblemFolder(Path.GetDirectoryName(path)!),
            "card" => reader.ReadCard(path),
            "design" => reader.ReadDesign(path),
            "modeling" => reader.ReadModeling(path),
            _ => reader.ReadBehavioral(path),
        };
        var library = new ContentLibrary(
            roots[0], [], [], [],
            item is ConceptCard card ? [card] : [],
            item is Problem problem ? [problem] : [],
            item is DesignExercise design ? [design] : [],
            item is ModelingExercise model ? [model] : [],
            item is BehavioralPrompt behavioral ? [behavioral] : [],
            [])
        { Roots = roots };
        return new ContentLoadResult(library, bag.Items.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ToList());
    }

    private static IEnumerable<(string Kind, string File)> Candidates(string root, string id)
    {
        var problem = Path.Combine(root, "problems", id);
        if (Directory.Exists(problem))
        {
            yield return ("problem", Path.Combine(problem, "problem.md"));
        }
        foreach (var (folder, kind) in new[] { ("design", "design"), ("modeling", "modeling"), ("behavioral", "behavioral"), ("cards", "card") })
        {
            var file = Path.Combine(root, folder, id + ".md");
            if (File.Exists(file))
            {
                yield return (kind, file);
            }
        }
        var cards = Path.Combine(root, "cards");
        if (Directory.Exists(cards))
        {
            foreach (var topic in Directory.EnumerateDirectories(cards))
            {
                var file = Path.Combine(topic, id + ".md");
                if (File.Exists(file))
                {
                    yield return ("card", file);
                }
            }
        }
    }
}
