using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grain.Judge.Comparison;

/// <summary>Deep equality of canonical JSON values: floats within a relative tolerance, ints exact, bools distinct.</summary>
public sealed class ValueComparer(double tolerance = 1e-9)
{
    /// <summary>The relative tolerance for floats.</summary>
    public double Tolerance => tolerance;

    /// <summary>True when the two values are equal under the rules.</summary>
    public bool Equal(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (null, _) or (_, null):
                return false;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count)
                {
                    return false;
                }
                for (var i = 0; i < x.Count; i++)
                {
                    if (!Equal(x[i], y[i]))
                    {
                        return false;
                    }
                }
                return true;
            case (JsonObject x, JsonObject y) when x["$map"] is JsonArray mx && y["$map"] is JsonArray my:
                return MapsEqual(mx, my);
            case (JsonObject x, JsonObject y) when x["$float"] is JsonValue fx && y["$float"] is JsonValue fy:
                // inf, -inf and nan equal only themselves.
                return fx.ToJsonString() == fy.ToJsonString();
            case (JsonValue x, JsonValue y):
                return ScalarsEqual(x, y);
            default:
                return false;
        }
    }

    /// <summary>True when two values are the same value of the same type: 5 is not 5.0, no tolerance, key order ignored.</summary>
    public static bool Identical(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (JsonArray x, JsonArray y):
                return x.Count == y.Count && x.Zip(y).All(p => Identical(p.First, p.Second));
            case (JsonObject x, JsonObject y) when x["$map"] is JsonArray mx && y["$map"] is JsonArray my:
                {
                    if (mx.Count != my.Count)
                    {
                        return false;
                    }
                    var index = Index(my);
                    return mx.OfType<JsonArray>().All(p => index.TryGetValue(Key(p[0]), out var other) && Identical(p.Count > 1 ? p[1] : null, other));
                }
            case (JsonObject x, JsonObject y) when x["$float"] is JsonValue fx && y["$float"] is JsonValue fy:
                return fx.ToJsonString() == fy.ToJsonString();
            case (JsonValue x, JsonValue y):
                {
                    var kind = x.GetValueKind();
                    if (kind != y.GetValueKind())
                    {
                        return false;
                    }
                    if (kind == JsonValueKind.String)
                    {
                        return x.GetValue<string>() == y.GetValue<string>();
                    }
                    if (kind != JsonValueKind.Number)
                    {
                        return true;
                    }
                    var (tx, ty) = (x.ToJsonString(), y.ToJsonString());
                    return IsInteger(tx) == IsInteger(ty) && (IsInteger(tx)
                        ? BigInteger.Parse(tx, CultureInfo.InvariantCulture) == BigInteger.Parse(ty, CultureInfo.InvariantCulture)
                        : double.Parse(tx, CultureInfo.InvariantCulture) == double.Parse(ty, CultureInfo.InvariantCulture));
                }
            default:
                return false;
        }
    }

    private bool MapsEqual(JsonArray x, JsonArray y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }
        var index = Index(y);
        foreach (var pair in x.OfType<JsonArray>())
        {
            if (!index.TryGetValue(Key(pair[0]), out var other) || !Equal(pair[1], other))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Mapping pairs indexed by the canonical text of their key.</summary>
    public static Dictionary<string, JsonNode?> Index(IEnumerable<JsonNode?> pairs)
    {
        var index = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var pair in pairs.OfType<JsonArray>())
        {
            index[Key(pair[0])] = pair.Count > 1 ? pair[1] : null;
        }
        return index;
    }

    private bool ScalarsEqual(JsonValue x, JsonValue y)
    {
        var kx = x.GetValueKind();
        var ky = y.GetValueKind();
        if (kx != ky && !(kx is JsonValueKind.True or JsonValueKind.False && ky is JsonValueKind.True or JsonValueKind.False))
        {
            return false;
        }
        if (kx == JsonValueKind.Number)
        {
            var tx = x.ToJsonString();
            var ty = y.ToJsonString();
            if (tx == ty)
            {
                return true;
            }
            if (IsInteger(tx) && IsInteger(ty))
            {
                // Python ints have no size limit: compare them exactly, whatever their length.
                return BigInteger.Parse(tx, CultureInfo.InvariantCulture) == BigInteger.Parse(ty, CultureInfo.InvariantCulture);
            }
            var dx = double.Parse(tx, CultureInfo.InvariantCulture);
            var dy = double.Parse(ty, CultureInfo.InvariantCulture);
            if (!double.IsFinite(dx) || !double.IsFinite(dy))
            {
                // An int beyond the double range (10 ** 400) parses as infinity, which would be "within tolerance" of
                // anything; a Python float is never written as an overflowing number, so no float can equal it.
                return false;
            }
            return Math.Abs(dx - dy) <= tolerance * Math.Max(1.0, Math.Max(Math.Abs(dx), Math.Abs(dy)));
        }
        return x.ToJsonString() == y.ToJsonString();
    }

    /// <summary>A number's key: ints exact, a whole float as the int it equals (3.0 pairs with 3), other floats rounded.</summary>
    private static string NumberKey(string text)
    {
        if (IsInteger(text))
        {
            return text;
        }
        var value = double.Parse(text, CultureInfo.InvariantCulture);
        return Math.Abs(value) < 9e15 && value == Math.Floor(value)
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("G8", CultureInfo.InvariantCulture);
    }

    private static bool IsInteger(string text) => !text.AsSpan().ContainsAny('.', 'e', 'E');

    /// <summary>A canonical text of a value, with floats rounded, for sorting and for keys.</summary>
    public static string Key(JsonNode? node)
    {
        var sb = new StringBuilder();
        AppendKey(sb, node);
        return sb.ToString();
    }

    private static void AppendKey(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonArray array:
                sb.Append('[');
                foreach (var item in array)
                {
                    AppendKey(sb, item);
                    sb.Append(',');
                }
                sb.Append(']');
                break;
            case JsonObject obj when obj["$map"] is JsonArray pairs:
                sb.Append('{');
                foreach (var key in pairs.OfType<JsonArray>().Select(p => Key(p[0]) + ":" + Key(p.Count > 1 ? p[1] : null)).Order(StringComparer.Ordinal))
                {
                    sb.Append(key).Append(',');
                }
                sb.Append('}');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                sb.Append(NumberKey(value.ToJsonString()));
                break;
            default:
                sb.Append(node.ToJsonString());
                break;
        }
    }
}
