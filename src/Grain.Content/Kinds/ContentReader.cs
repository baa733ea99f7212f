namespace Grain.Content;

/// <summary>
/// What a content kind's reader is given: parses a Markdown file with front matter into a <see cref="ContentFile"/>,
/// whose checks report into the load's diagnostics with the file's path and line.
/// </summary>
public sealed class ContentReader
{
    internal ContentReader(ContentLoader.Reader inner) => Inner = inner;

    internal ContentLoader.Reader Inner { get; }

    /// <summary>The file parsed, or null when it cannot be read or has no valid front matter (both reported).</summary>
    public ContentFile? Open(string path) =>
        Inner.ParseMarkdown(path) is { FrontMatter: not null } doc ? new ContentFile(Inner, doc, path) : null;
}
