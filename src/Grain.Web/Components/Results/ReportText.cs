using System.Text.Json.Nodes;

namespace Grain.Web.Components.Results;

/// <summary>Values of judge details (result cells and rows) as text for the result view.</summary>
public static class ReportText
{
    /// <summary>A cell as text: strings as they are, other values as JSON, null as NULL.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        null => "NULL",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    /// <summary>A row as text: its cells as a JSON-like list.</summary>
    public static string RowText(IReadOnlyList<JsonNode?> row) => "[" + string.Join(", ", row.Select(c => c?.ToJsonString() ?? "null")) + "]";
}
