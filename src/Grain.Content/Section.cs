using Markdig.Syntax;

namespace Grain.Content;

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
