using System.Text;
using System.Text.Json.Nodes;

namespace Grain.Judge.Comparison;

/// <summary>Shows canonical JSON values the way Python prints them, shortened for messages.</summary>
public static class PythonRepr
{
    /// <summary>The Python-like text of a value, cut to <paramref name="max"/> characters.</summary>
    public static string Of(JsonNode? node, int max = 120)
    {
        var sb = new StringBuilder();
        Write(sb, node, max);
        return sb.Length > max ? sb.ToString(0, max - 1) + "…" : sb.ToString();
    }

    /// <summary>The Python-like text of a whole call result (a value, list, tuple or dict), cut to <paramref name="max"/> characters.</summary>
    public static string Of(CallResult result, int max = 400)
    {
        var items = result.Items.Select(i => i?.DeepClone()).ToArray();
        return result.Kind switch
        {
            "scalar" => Of(items.FirstOrDefault(), max),
            "map" => Of(new JsonObject { ["$map"] = new JsonArray(items) }, max),
            "tuple" => "(" + Of(new JsonArray(items), max)[1..].TrimEnd(']') + (items.Length == 1 ? ",)" : ")"),
            _ => Of(new JsonArray(items), max),
        };
    }

    private static void Write(StringBuilder sb, JsonNode? node, int max)
    {
        if (sb.Length > max)
        {
            return;
        }
        switch (node)
        {
            case null:
                sb.Append("None");
                break;
            case JsonArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    sb.Append(i > 0 ? ", " : "");
                    Write(sb, array[i], max);
                }
                sb.Append(']');
                break;
            case JsonObject obj when obj["$map"] is JsonArray pairs:
                sb.Append('{');
                for (var i = 0; i < pairs.Count; i++)
                {
                    sb.Append(i > 0 ? ", " : "");
                    var pair = pairs[i] as JsonArray;
                    Key(sb, pair?[0], max);
                    sb.Append(": ");
                    Write(sb, pair?[1], max);
                }
                sb.Append('}');
                break;
            case JsonObject obj when obj["$float"] is JsonValue f:
                sb.Append("float('").Append(f.ToString()).Append("')");
                break;
            case JsonValue value when value.TryGetValue<bool>(out var b):
                sb.Append(b ? "True" : "False");
                break;
            case JsonValue value when value.TryGetValue<string>(out var s):
                sb.Append('\'').Append(s.Replace("\\", "\\\\").Replace("'", "\\'")).Append('\'');
                break;
            default:
                sb.Append(node.ToJsonString());
                break;
        }
    }

    /// <summary>Keys that are lists were tuples in Python (lists cannot be keys).</summary>
    private static void Key(StringBuilder sb, JsonNode? key, int max)
    {
        if (key is JsonArray tuple)
        {
            sb.Append('(');
            for (var i = 0; i < tuple.Count; i++)
            {
                sb.Append(i > 0 ? ", " : "");
                Write(sb, tuple[i], max);
            }
            sb.Append(tuple.Count == 1 ? ",)" : ")");
            return;
        }
        Write(sb, key, max);
    }

    /// <summary>The Python-like text of a mapping key.</summary>
    public static string OfKey(JsonNode? key, int max = 80)
    {
        var sb = new StringBuilder();
        Key(sb, key, max);
        return sb.Length > max ? sb.ToString(0, max - 1) + "…" : sb.ToString();
    }
}
