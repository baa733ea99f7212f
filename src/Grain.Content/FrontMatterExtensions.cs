namespace Grain.Content;

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
