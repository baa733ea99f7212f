using System.Text.Json.Nodes;

namespace Grain.Judge.Comparison;

/// <summary>What one call of a function returned, as parsed from the harness: its shape and its items.</summary>
/// <param name="Kind">map, list, tuple or scalar.</param>
/// <param name="Items">Sequence items, mapping pairs ([key, value]) or the single scalar.</param>
public sealed record CallResult(string Kind, IReadOnlyList<JsonNode?> Items)
{
    /// <summary>True for list and tuple results.</summary>
    public bool IsSequence => Kind is "list" or "tuple";
}

/// <summary>How a problem's output is compared with the reference's.</summary>
public enum CompareMode
{
    /// <summary>Same items in the same order.</summary>
    Exact,

    /// <summary>Same items, any order (a multiset).</summary>
    Unordered,

    /// <summary>A mapping: same keys, values equal.</summary>
    Mapping,
}

/// <summary>The verdict of a comparison: equal, or the first difference in words.</summary>
public sealed record Comparison(bool Equal, string? Difference)
{
    public static readonly Comparison Same = new(true, null);

    public static Comparison Differs(string message) => new(false, message);
}
