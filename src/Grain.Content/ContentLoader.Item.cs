using Grain.Core.Content;

namespace Grain.Content;

public static partial class ContentLoader
{
    /// <summary>
    /// Loads the one item with that id from the only file that can hold it (<c>problems/ID/problem.md</c>,
    /// <c>cards/[TOPIC/]ID.md</c>, <c>design/ID.md</c>, ... as its kind says), with that file's
    /// diagnostics. Null when no such file exists or more than one does: the caller then loads the whole library, which
    /// reports the missing id or the duplicate. Cross-references (topics, companies) are only checked by a full load.
    /// </summary>
    public static ContentLoadResult? LoadItem(IReadOnlyList<string> contentDirectories, string id) =>
        LoadItem(contentDirectories, id, ContentKinds.Builtin);

    /// <summary>As <see cref="LoadItem(IReadOnlyList{string}, string)"/>, looking in the folders of the given kinds.</summary>
    public static ContentLoadResult? LoadItem(IReadOnlyList<string> contentDirectories, string id, ContentKinds kinds)
    {
        if (contentDirectories.Count == 0 || !Reader.IsSlug(id))
        {
            return null;
        }
        var roots = contentDirectories.Select(d => Path.GetFullPath(d)).Distinct(StringComparer.Ordinal).ToList();
        var found = new List<(int Root, ContentKind Kind, string File)>();
        for (var i = 0; i < roots.Count; i++)
        {
            foreach (var kind in kinds)
            {
                found.AddRange(kind.FilesFor(Path.Combine(roots[i], kind.Folder), id).Select(file => (i, kind, file)));
            }
        }
        if (found.Count != 1)
        {
            return null;
        }
        var (rootIndex, itemKind, path) = found[0];
        var bag = new DiagnosticBag();
        var reader = new Reader(roots[rootIndex], bag, pack: rootIndex > 0);
        var item = Checked(itemKind, itemKind.ReadItem(new ContentReader(reader), path));
        var items = new Dictionary<string, IReadOnlyList<IContentItem>>(StringComparer.Ordinal) { [itemKind.Id] = item is null ? [] : [item] };
        var library = new ContentLibrary(roots[0], kinds, [], [], [], items, []) { Roots = roots };
        return new ContentLoadResult(library, bag.Items.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ToList());
    }
}
