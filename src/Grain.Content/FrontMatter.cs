using YamlDotNet.RepresentationModel;

namespace Grain.Content;

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
