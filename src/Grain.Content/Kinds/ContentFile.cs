using Grain.Core.Content;

namespace Grain.Content;

/// <summary>One Markdown content file being read: its front matter fields and <c>## sections</c>, each check reported with its line.</summary>
public sealed class ContentFile
{
    private readonly ContentLoader.Reader _reader;
    private readonly MarkdownDocument _doc;
    private readonly string _fullPath;

    internal ContentFile(ContentLoader.Reader reader, MarkdownDocument doc, string fullPath)
    {
        _reader = reader;
        _doc = doc;
        _fullPath = fullPath;
    }

    /// <summary>The file as diagnostics name it (relative to the library root, full for a pack).</summary>
    public string Path => _doc.Path;

    /// <summary>Where the item was read from, for its record.</summary>
    public SourceLocation Source => new(_doc.Path, 1);

    /// <summary>
    /// The fields every library item has (id, title, topic, level, rounds, companies, status), checked; the id must be
    /// the file name without <c>.md</c>.
    /// </summary>
    public ItemFields Common()
    {
        var c = _reader.Common(_doc, _doc.FrontMatter!, System.IO.Path.GetFileNameWithoutExtension(_fullPath));
        return new ItemFields(c.Id, c.Title, c.Topic, c.Level, c.Rounds, c.Companies, c.Status);
    }

    /// <summary>A front matter value as text, or null when absent.</summary>
    public string? Field(string key) => _doc.FrontMatter!.String(key);

    /// <summary>The body of a section that must be there and not be empty (else a diagnostic).</summary>
    public string RequireText(string section) => _doc.RequireText(section, _reader.Diagnostics);

    /// <summary>The list items of a section that must be there with at least one <c>- item</c> (else a diagnostic).</summary>
    public IReadOnlyList<string> RequireList(string section) => _doc.RequireList(section, _reader.Diagnostics);

    /// <summary>The body of an optional section, or null when it is absent.</summary>
    public string? OptionalText(string section) => _doc.Find(section)?.Body;

    /// <summary>The <c>## Hint N</c> sections, numbered in order; at least one when <paramref name="required"/>.</summary>
    public IReadOnlyList<Hint> Hints(bool required) => _reader.Hints(_doc, required);

    /// <summary>The <c>## Rubric</c> section with its Strong Hire, Lean Hire and No Hire levels.</summary>
    public Rubric Rubric() => _reader.ReadRubric(_doc);

    /// <summary>Reports a problem at a line of this file (1 for the file as a whole).</summary>
    public void Report(int line, string message) => _reader.Diagnostics.Add(_doc.Path, line, message);
}
