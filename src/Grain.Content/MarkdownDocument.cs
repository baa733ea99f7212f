using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grain.Content;

/// <summary>A Markdown file split into its YAML front matter and its level-2 sections, with line numbers kept.</summary>
internal sealed class MarkdownDocument
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private MarkdownDocument(string path, string text, FrontMatter? frontMatter, IReadOnlyList<Section> sections, string preamble)
    {
        Path = path;
        Text = text;
        FrontMatter = frontMatter;
        Sections = sections;
        Preamble = preamble;
    }

    public string Path { get; }
    public string Text { get; }
    public FrontMatter? FrontMatter { get; }
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Markdown between the front matter and the first level-2 heading.</summary>
    public string Preamble { get; }

    /// <summary>Parses a file; YAML errors become diagnostics and leave <see cref="FrontMatter"/> null.</summary>
    public static MarkdownDocument Parse(string path, string text, DiagnosticBag diagnostics)
    {
        text = text.Replace("\r\n", "\n");
        var doc = Markdown.Parse(text, Pipeline);
        FrontMatter? frontMatter = null;
        var yamlBlock = doc.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (yamlBlock is null)
        {
            diagnostics.Add(path, 1, "missing YAML front matter (a block between '---' lines at the top of the file)");
        }
        else
        {
            var yamlText = string.Join('\n', yamlBlock.Lines.Lines.Take(yamlBlock.Lines.Count).Select(l => l.ToString()));
            frontMatter = FrontMatter.Parse(path, yamlText, yamlBlock.Line + 2, diagnostics);
        }

        var sections = new List<Section>();
        var headings = doc.OfType<HeadingBlock>().Where(h => h.Level == 2).ToList();
        var bodyStart = yamlBlock is null ? 0 : Math.Min(text.Length, yamlBlock.Span.End + 1);
        var preambleEnd = headings.Count > 0 ? headings[0].Span.Start : text.Length;
        var preamble = preambleEnd > bodyStart ? text[bodyStart..preambleEnd].Trim().Trim('-').Trim() : "";
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var start = Math.Min(text.Length, heading.Span.End + 1);
            var end = i + 1 < headings.Count ? headings[i + 1].Span.Start : text.Length;
            var title = heading.Inline is null ? "" : InlineText(heading);
            var blocks = doc.Where(b => b.Span.Start >= start && b.Span.Start < end).ToList();
            sections.Add(new Section(title.Trim(), heading.Line + 1, text[start..Math.Max(start, end)].Trim(), blocks, text));
        }
        return new MarkdownDocument(path, text, frontMatter, sections, preamble);
    }

    /// <summary>The section with that title (case-insensitive), or null.</summary>
    public Section? Find(string title) =>
        Sections.FirstOrDefault(s => string.Equals(s.Title, title, StringComparison.OrdinalIgnoreCase));

    /// <summary>The section with that title, or a diagnostic naming it as missing.</summary>
    public Section? Require(string title, DiagnosticBag diagnostics)
    {
        var section = Find(title);
        if (section is null)
        {
            diagnostics.Add(Path, 1, $"missing section '## {title}'");
        }
        return section;
    }

    /// <summary>The text of a required section; an empty one is reported when <paramref name="mustHaveText"/>.</summary>
    public string RequireText(string title, DiagnosticBag diagnostics, bool mustHaveText = true)
    {
        var section = Require(title, diagnostics);
        if (section is null)
        {
            return "";
        }
        if (mustHaveText && section.Body.Length == 0)
        {
            diagnostics.Add(Path, section.Line, $"section '## {title}' is empty");
        }
        return section.Body;
    }

    /// <summary>The list items of a required section; an empty list is reported.</summary>
    public IReadOnlyList<string> RequireList(string title, DiagnosticBag diagnostics)
    {
        var section = Require(title, diagnostics);
        if (section is null)
        {
            return [];
        }
        var items = section.ListItems();
        if (items.Count == 0)
        {
            diagnostics.Add(Path, section.Line, $"section '## {title}' needs a list ('- item' lines)");
        }
        return items;
    }

    internal static string InlineText(LeafBlock block) =>
        string.Concat(block.Inline!.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()))
        + string.Concat(block.Inline!.Descendants<Markdig.Syntax.Inlines.CodeInline>().Select(c => c.Content));
}

/// <summary>A level-2 section: its title, 1-based line, Markdown body and parsed blocks.</summary>
internal sealed record Section(string Title, int Line, string Body, IReadOnlyList<Block> Blocks, string SourceText)
{
    /// <summary>The items of the first list in the section, as Markdown text.</summary>
    public IReadOnlyList<string> ListItems() => ListItemsOf(Blocks);

    /// <summary>The items of the first list among the given blocks.</summary>
    public IReadOnlyList<string> ListItemsOf(IEnumerable<Block> blocks)
    {
        var list = blocks.OfType<ListBlock>().FirstOrDefault();
        if (list is null)
        {
            return [];
        }
        return list.OfType<ListItemBlock>()
            .Select(item => SourceText[item.Span.Start..Math.Min(SourceText.Length, item.Span.End + 1)].Trim())
            .Select(StripMarker)
            .Where(s => s.Length > 0)
            .ToList();
    }

    /// <summary>The sub-sections (### headings) of this section with their blocks.</summary>
    public IReadOnlyList<(string Title, int Line, IReadOnlyList<Block> Blocks)> SubSections()
    {
        var result = new List<(string, int, IReadOnlyList<Block>)>();
        var current = ((string Title, int Line)?)null;
        var blocks = new List<Block>();
        foreach (var block in Blocks)
        {
            if (block is HeadingBlock { Level: 3 } h)
            {
                if (current is { } c)
                {
                    result.Add((c.Title, c.Line, blocks));
                }
                current = (MarkdownDocument.InlineText(h).Trim(), h.Line + 1);
                blocks = [];
            }
            else if (current is not null)
            {
                blocks.Add(block);
            }
        }
        if (current is { } last)
        {
            result.Add((last.Title, last.Line, blocks));
        }
        return result;
    }

    /// <summary>The text of the first fenced code block among the given blocks (or the section's).</summary>
    public string? FirstCode(IEnumerable<Block>? blocks = null) =>
        (blocks ?? Blocks).OfType<FencedCodeBlock>().Select(c => string.Join('\n', c.Lines.Lines.Take(c.Lines.Count).Select(l => l.ToString()))).FirstOrDefault();

    private static string StripMarker(string item)
    {
        var trimmed = item.TrimStart();
        if (trimmed.Length > 1 && (trimmed[0] is '-' or '*' or '+') && trimmed[1] == ' ')
        {
            return trimmed[2..].Trim();
        }
        var dot = trimmed.IndexOf(". ", StringComparison.Ordinal);
        if (dot is > 0 and < 4 && trimmed[..dot].All(char.IsDigit))
        {
            return trimmed[(dot + 2)..].Trim();
        }
        return trimmed;
    }
}

/// <summary>Parsed YAML front matter with the line of each key, for precise diagnostics.</summary>
internal sealed class FrontMatter
{
    private readonly YamlMappingNode _root;
    private readonly int _firstLine;

    private FrontMatter(string path, YamlMappingNode root, int firstLine)
    {
        Path = path;
        _root = root;
        _firstLine = firstLine;
    }

    public string Path { get; }

    /// <summary>The line of the front matter's first key (1-based, in the file).</summary>
    public int Line => _firstLine;

    public static FrontMatter? Parse(string path, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var node = YamlFile.ParseRoot(path, yaml, firstLine, diagnostics);
        return node is null ? null : new FrontMatter(path, node, firstLine);
    }

    public static FrontMatter FromMapping(string path, YamlMappingNode root) => new(path, root, 1);

    /// <summary>The 1-based file line of a key, or the front matter's first line when absent.</summary>
    public int LineOf(string key) =>
        _root.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == key) is { } k
            ? (int)k.Start.Line + _firstLine - 1
            : _firstLine;

    public YamlNode? Node(string key) =>
        _root.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(string key) => Node(key) is YamlScalarNode { Value: { } v } ? v.Trim() : null;

    /// <summary>A required string field; missing or blank is reported.</summary>
    public string RequireString(string key, DiagnosticBag diagnostics)
    {
        var value = String(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(Path, LineOf(key), $"missing required field '{key}'");
            return "";
        }
        return value;
    }

    /// <summary>A list field given as a YAML sequence or a single scalar; missing gives an empty list.</summary>
    public IReadOnlyList<string> List(string key, DiagnosticBag diagnostics)
    {
        return Node(key) switch
        {
            null => [],
            YamlSequenceNode seq => Items(seq),
            YamlScalarNode { Value: { } v } when v.Trim().Length > 0 => [v.Trim()],
            YamlScalarNode => [],
            _ => Report(),
        };

        IReadOnlyList<string> Report()
        {
            diagnostics.Add(Path, LineOf(key), $"field '{key}' must be a list");
            return [];
        }

        IReadOnlyList<string> Items(YamlSequenceNode seq)
        {
            foreach (var bad in seq.Children.Where(c => c is not YamlScalarNode))
            {
                diagnostics.Add(Path, LineOf(key), $"each item of '{key}' must be plain text; quote an item that contains ': '");
            }
            return seq.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(s => s.Length > 0).ToList();
        }
    }

    public int? Int(string key, DiagnosticBag diagnostics)
    {
        var raw = String(key);
        if (raw is null)
        {
            return null;
        }
        if (int.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        diagnostics.Add(Path, LineOf(key), $"field '{key}' must be a whole number, not '{raw}'");
        return null;
    }
}

/// <summary>YAML parsing with errors turned into diagnostics.</summary>
internal static class YamlFile
{
    /// <summary>Parses YAML whose root must be a mapping; <paramref name="firstLine"/> maps YAML line 1 to a file line.</summary>
    public static YamlMappingNode? ParseRoot(string path, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                diagnostics.Add(path, firstLine, "YAML must be a mapping of 'key: value' lines");
                return null;
            }
            return map;
        }
        catch (YamlException ex)
        {
            // An unclosed bracket or quote is reported where the file ends; the first line whose prefix
            // stops parsing is where the reader should look.
            var yamlLine = Math.Min((int)ex.Start.Line, FirstFailingLine(yaml));
            diagnostics.Add(path, Math.Max(1, yamlLine + firstLine - 1), $"malformed YAML: {Describe(ex)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet sometimes fails without a position; find the first line at which a prefix stops parsing.
            var line = FirstFailingLine(yaml) + firstLine - 1;
            diagnostics.Add(path, Math.Max(1, line), "malformed YAML: check brackets and quotes on this line");
            return null;
        }
    }

    private static int FirstFailingLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var n = 1; n <= lines.Length; n++)
        {
            try
            {
                new YamlStream().Load(new StringReader(string.Join('\n', lines.Take(n))));
            }
            catch (Exception ex) when (ex is YamlException or InvalidOperationException)
            {
                return n;
            }
        }
        return 1;
    }

    private static string Describe(YamlException ex)
    {
        var text = (ex.InnerException?.Message ?? ex.Message).Replace('\n', ' ').Trim();
        var dash = text.IndexOf(") - ", StringComparison.Ordinal);
        if (text.StartsWith("(Line", StringComparison.Ordinal) && dash > 0)
        {
            text = text[(dash + 4)..];
        }
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : "cannot parse";
    }
}

/// <summary>Collects diagnostics while loading.</summary>
public sealed class DiagnosticBag
{
    private readonly List<ContentDiagnostic> _items = [];

    public IReadOnlyList<ContentDiagnostic> Items => _items;

    public void Add(string path, int line, string message) => _items.Add(new ContentDiagnostic(path, Math.Max(1, line), message));
}

internal static class FrontMatterExtensions
{
    /// <summary>A required string of a nested mapping, reported at the mapping's line.</summary>
    public static string RequireStringAt(this FrontMatter fields, string key, int line, DiagnosticBag diagnostics)
    {
        var value = fields.String(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(fields.Path, line, $"missing required field '{key}'");
            return "";
        }
        return value;
    }
}
