using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

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
