using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grain.Content;

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
