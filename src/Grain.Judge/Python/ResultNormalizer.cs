using System.Text.Json.Nodes;
using Grain.Judge.Comparison;

namespace Grain.Judge.Python;

/// <summary>Applies a problem's relaxations before comparing: free-text fields, dict values for lists.</summary>
internal static class ResultNormalizer
{
    public static CallResult Normalize(CallResult result, TestsFile tests, bool expectedIsSequence)
    {
        var items = result.Items;
        var kind = result.Kind;
        if (tests.MapValues && expectedIsSequence && kind == "map")
        {
            items = items.OfType<JsonArray>().Select(p => p.Count > 1 ? p[1] : null).ToList();
            kind = "list";
        }
        if (tests.NonemptyFields.Count > 0)
        {
            items = items.Select(i => Mask(i, tests.NonemptyFields)).ToList();
        }
        return new CallResult(kind, items);
    }

    /// <summary>One streamed item normalised as <see cref="Normalize"/> would: <paramref name="tag"/> P is a mapping pair.</summary>
    public static JsonNode? NormalizeItem(string tag, JsonNode? item, TestsFile tests, bool expectedIsSequence)
    {
        if (tests.MapValues && expectedIsSequence && tag == HarnessFrame.Pair)
        {
            item = item is JsonArray { Count: > 1 } pair ? pair[1]?.DeepClone() : null;
        }
        return tests.NonemptyFields.Count > 0 ? Mask(item, tests.NonemptyFields) : item;
    }

    /// <summary>The kind a result has after normalisation.</summary>
    public static string KindOf(string kind, TestsFile tests, bool expectedIsSequence) =>
        tests.MapValues && expectedIsSequence && kind == "map" ? "list" : kind;

    private static JsonNode? Mask(JsonNode? node, List<string> fields) => node switch
    {
        JsonObject o when o["$map"] is JsonArray pairs => new JsonObject
        {
            ["$map"] = new JsonArray(pairs.Select(p => p is JsonArray pair && pair.Count > 1 ? (JsonNode)new JsonArray(
                pair[0]?.DeepClone(),
                pair[0] is JsonValue k && k.TryGetValue<string>(out var key) && fields.Contains(key)
                    ? JsonValue.Create(pair[1] is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0)
                    : Mask(pair[1], fields)) : p?.DeepClone()).ToArray()),
        },
        JsonObject o => o.DeepClone(),
        JsonArray a => new JsonArray(a.Select(x => Mask(x, fields)).ToArray()),
        _ => node?.DeepClone(),
    };
}
