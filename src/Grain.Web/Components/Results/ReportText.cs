using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grain.Web.Components.Results;

/// <summary>Judge report details (loose JSON from the judges) as text for the result view.</summary>
public static class ReportText
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>A JSON value as text: strings as they are, other values as JSON (indented when big).</summary>
    public static string Text(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject or JsonArray { Count: > 3 } => node.ToJsonString(Indented),
        _ => node.ToJsonString(),
    };

    /// <summary>A JSON array as a list of texts, or null when it is not an array.</summary>
    public static List<string>? Strings(JsonNode? node) => node is JsonArray a ? a.Select(Text).ToList() : null;

    /// <summary>A query plan (an array of lines or one text) as text.</summary>
    public static string Plan(JsonNode plan) => plan is JsonArray lines ? string.Join('\n', lines.Select(Text)) : Text(plan);

    /// <summary>The cells of one result row (array, object or single value).</summary>
    public static IEnumerable<string> Cells(JsonNode? row) =>
        row is JsonArray a ? a.Select(Text) : row is JsonObject o ? o.Select(kv => Text(kv.Value)) : [Text(row)];
}
