using System.Text.Json.Nodes;

namespace Grain.Judge.Comparison;

/// <summary>Compares a candidate's result with the expected one and says what differs, in an interviewer's words.</summary>
public sealed class ResultComparer(CompareMode mode, double tolerance = 1e-9)
{
    private readonly ValueComparer _values = new(tolerance);

    /// <summary>Compares two call results under the problem's mode.</summary>
    public Comparison Compare(CallResult expected, CallResult actual) => mode switch
    {
        CompareMode.Mapping => CompareMaps(expected, actual),
        CompareMode.Unordered => CompareUnordered(expected, actual),
        _ => CompareExact(expected, actual),
    };

    private Comparison CompareExact(CallResult expected, CallResult actual)
    {
        if (Shape(expected, actual) is { } shape)
        {
            return shape;
        }
        var n = Math.Min(expected.Items.Count, actual.Items.Count);
        for (var i = 0; i < n; i++)
        {
            if (!_values.Equal(expected.Items[i], actual.Items[i]))
            {
                return Comparison.Differs($"item {i} differs: expected {PythonRepr.Of(expected.Items[i])}, got {PythonRepr.Of(actual.Items[i])}");
            }
        }
        return expected.Items.Count == actual.Items.Count ? Comparison.Same
            : actual.Items.Count < expected.Items.Count
                ? Comparison.Differs($"expected {expected.Items.Count} items, got {actual.Items.Count}: missing from item {n} on, first missing {PythonRepr.Of(expected.Items[n])}")
                : Comparison.Differs($"expected {expected.Items.Count} items, got {actual.Items.Count}: first extra item {PythonRepr.Of(actual.Items[n])}");
    }

    private Comparison CompareUnordered(CallResult expected, CallResult actual)
    {
        if (Shape(expected, actual) is { } shape)
        {
            return shape;
        }
        var left = expected.Items.Select(i => (Key: ValueComparer.Key(i), Node: i)).ToList();
        var right = actual.Items.Select(i => (Key: ValueComparer.Key(i), Node: i)).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, _) in left)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var extra = new List<JsonNode?>();
        foreach (var (key, node) in right)
        {
            if (counts.TryGetValue(key, out var c) && c > 0)
            {
                counts[key] = c - 1;
            }
            else
            {
                extra.Add(node);
            }
        }
        var missing = left.Where(l => counts.TryGetValue(l.Key, out var c) && c > 0 && counts[l.Key]-- > 0).Select(l => l.Node).ToList();
        if (missing.Count == 0 && extra.Count == 0)
        {
            return Comparison.Same;
        }
        // Rounded keys can split values that are equal within tolerance: pair the leftovers by value before reporting.
        if (missing.Count == extra.Count && missing.OrderBy(ValueComparer.Key, StringComparer.Ordinal).Zip(extra.OrderBy(ValueComparer.Key, StringComparer.Ordinal)).All(p => _values.Equal(p.First, p.Second)))
        {
            return Comparison.Same;
        }
        var parts = new List<string>();
        if (expected.Items.Count != actual.Items.Count)
        {
            parts.Add($"expected {expected.Items.Count} items, got {actual.Items.Count}");
        }
        if (missing.Count > 0)
        {
            parts.Add($"{missing.Count} expected item(s) missing, e.g. {PythonRepr.Of(missing[0])}");
        }
        if (extra.Count > 0)
        {
            parts.Add($"{extra.Count} unexpected item(s), e.g. {PythonRepr.Of(extra[0])}");
        }
        return Comparison.Differs(string.Join("; ", parts) + " (order does not matter)");
    }

    private Comparison CompareMaps(CallResult expected, CallResult actual)
    {
        if (actual.Kind != "map")
        {
            return Comparison.Differs($"expected a mapping (dict), got a {actual.Kind}");
        }
        var want = ValueComparer.Index(expected.Items);
        var got = ValueComparer.Index(actual.Items);
        var missing = want.Keys.Where(k => !got.ContainsKey(k)).ToList();
        var extra = got.Keys.Where(k => !want.ContainsKey(k)).ToList();
        var keysByText = expected.Items.Concat(actual.Items).OfType<JsonArray>().GroupBy(p => ValueComparer.Key(p[0])).ToDictionary(g => g.Key, g => g.First()[0]);
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"{missing.Count} key(s) missing, e.g. {PythonRepr.OfKey(keysByText[missing[0]])}");
        }
        if (extra.Count > 0)
        {
            parts.Add($"{extra.Count} unexpected key(s), e.g. {PythonRepr.OfKey(keysByText[extra[0]])}");
        }
        var wrong = want.Keys.Where(k => got.ContainsKey(k) && !_values.Equal(want[k], got[k])).ToList();
        if (wrong.Count > 0)
        {
            var k = wrong[0];
            parts.Add($"{wrong.Count} value(s) differ, e.g. key {PythonRepr.OfKey(keysByText[k])}: expected {PythonRepr.Of(want[k])}, got {PythonRepr.Of(got[k])}");
        }
        return parts.Count == 0 ? Comparison.Same : Comparison.Differs(string.Join("; ", parts));
    }

    private static Comparison? Shape(CallResult expected, CallResult actual)
    {
        if (expected.IsSequence && !actual.IsSequence)
        {
            return Comparison.Differs($"expected a list, got a {(actual.Kind == "map" ? "dict" : "single value")}");
        }
        if (expected.Kind == "scalar" && actual.Kind != "scalar")
        {
            return Comparison.Differs($"expected a single value, got a {actual.Kind}");
        }
        return null;
    }
}
