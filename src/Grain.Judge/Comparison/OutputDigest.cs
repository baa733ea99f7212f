using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Grain.Judge.Comparison;

/// <summary>
/// A streaming summary of one call's output, computed by the host from the frames it reads, for outputs too big to keep:
/// the item count, a hash of everything but the floats (ordered or as a multiset, as the problem compares) and weighted
/// sums of the floats, so floats still compare within the tolerance. Small outputs are also kept whole.
/// </summary>
public sealed class OutputDigest(CompareMode mode, Func<string, JsonNode?, JsonNode?>? normalize = null, int keepItems = 5000)
{
    private readonly List<JsonNode?> _kept = [];
    private readonly StringBuilder _key = new();
    private readonly List<double> _floats = [];
    private UInt128 _hash;
    private double _weighted;
    private double _magnitude;

    /// <summary>Items seen.</summary>
    public long Count { get; private set; }

    /// <summary>False once the output was too big to keep whole.</summary>
    public bool Complete => Count <= keepItems;

    /// <summary>The items as received (not normalised), when <see cref="Complete"/>.</summary>
    public IReadOnlyList<JsonNode?> Items => _kept;

    /// <summary>Starts over (a new call began).</summary>
    public void Reset()
    {
        _kept.Clear();
        (_hash, _weighted, _magnitude, Count, Kind) = (0, 0, 0, 0, null);
    }

    /// <summary>The result's kind as the frames showed it: map (pairs), list (items) or scalar; null before the first item.</summary>
    public string? Kind { get; private set; }

    /// <summary>Adds one item given as canonical JSON; <paramref name="tag"/> is its frame tag (I item, P pair, V scalar).</summary>
    public void Add(string tag, string json)
    {
        Kind ??= tag switch { Python.HarnessFrame.Pair => "map", Python.HarnessFrame.Value => "scalar", _ => "list" };
        var raw = JsonNode.Parse(json);
        var item = normalize is null ? raw : normalize(tag, raw);
        if (Count < keepItems)
        {
            _kept.Add(raw);
        }
        else if (Count == keepItems)
        {
            _kept.Clear();
        }
        _key.Clear();
        _floats.Clear();
        if (mode == CompareMode.Exact)
        {
            _key.Append(Count).Append('|');
        }
        Count++;
        Append(item);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(_key.ToString()), digest);
        var itemHash = BitConverter.ToUInt64(digest) | ((UInt128)BitConverter.ToUInt64(digest[8..]) << 64);
        // A sum is the same in any order: a multiset hash for unordered and mapping results (exact ones hash the position).
        _hash += itemHash;
        var seed = BitConverter.ToUInt64(digest[16..]);
        for (var j = 0; j < _floats.Count; j++)
        {
            // Weights in [1, 2) tied to the item's other values, so floats cannot be moved between items unnoticed.
            var w = 1.0 + (Mix(seed + (ulong)j) >> 11) * (1.0 / (1UL << 53));
            _weighted += w * _floats[j];
            _magnitude += w * Math.Max(1.0, Math.Abs(_floats[j]));
        }
    }

    /// <summary>Whether two digests describe equal outputs; when both are complete, the items are compared as usual.</summary>
    public static bool Same(OutputDigest expected, OutputDigest actual, double tolerance)
    {
        if (expected.Count != actual.Count || expected._hash != actual._hash)
        {
            return false;
        }
        // Each float within tolerance of its counterpart keeps the weighted sums within tolerance of each other.
        var bound = (tolerance + 1e-12) * (expected._magnitude + actual._magnitude);
        return Math.Abs(expected._weighted - actual._weighted) <= bound;
    }

    private void Append(JsonNode? node)
    {
        switch (node)
        {
            case null:
                _key.Append("null");
                break;
            case JsonArray array:
                _key.Append('[');
                foreach (var item in array)
                {
                    Append(item);
                    _key.Append(',');
                }
                _key.Append(']');
                break;
            case JsonObject obj when obj["$map"] is JsonArray pairs:
                // Keys are unique and unordered: sort the pairs by their text (floats in keys are rare; they stay exact here).
                _key.Append('{');
                foreach (var pair in pairs.OfType<JsonArray>().OrderBy(p => p.Count > 0 ? p[0]?.ToJsonString() : "", StringComparer.Ordinal))
                {
                    _key.Append('[');
                    foreach (var part in pair)
                    {
                        Append(part);
                        _key.Append(',');
                    }
                    _key.Append("],");
                }
                _key.Append('}');
                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                var text = value.ToJsonString();
                if (text.AsSpan().ContainsAny('.', 'e', 'E'))
                {
                    _key.Append('f');
                    _floats.Add(double.Parse(text, CultureInfo.InvariantCulture));
                }
                else
                {
                    _key.Append(text);
                }
                break;
            default:
                _key.Append(node.ToJsonString());
                break;
        }
    }

    /// <summary>The digest as JSON, to keep a reference's scale outputs between gradings.</summary>
    public JsonObject ToJson() => new()
    {
        ["count"] = Count,
        ["kind"] = Kind,
        ["hash"] = _hash.ToString("x32", CultureInfo.InvariantCulture),
        ["weighted"] = _weighted,
        ["magnitude"] = _magnitude,
        ["items"] = Complete ? new JsonArray(_kept.Select(n => n?.DeepClone()).ToArray()) : null,
    };

    /// <summary>A digest written by <see cref="ToJson"/>, or null when the JSON is not one (a stale or damaged cache entry).</summary>
    public static OutputDigest? FromJson(JsonObject json, CompareMode mode, Func<string, JsonNode?, JsonNode?>? normalize = null, int keepItems = 5000)
    {
        try
        {
            var digest = new OutputDigest(mode, normalize, keepItems)
            {
                Count = json["count"]!.GetValue<long>(),
                Kind = json["kind"]?.GetValue<string>(),
            };
            digest._hash = UInt128.Parse(json["hash"]!.GetValue<string>(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            digest._weighted = json["weighted"]!.GetValue<double>();
            digest._magnitude = json["magnitude"]!.GetValue<double>();
            if (digest.Complete)
            {
                if (json["items"] is not JsonArray items || items.Count != digest.Count)
                {
                    return null;
                }
                digest._kept.AddRange(items.Select(n => n?.DeepClone()));
            }
            return digest;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or NullReferenceException or OverflowException)
        {
            return null;
        }
    }

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }
}
