namespace Grain.Judge.Datasets;

/// <summary>One fault knob: how often it fires and, optionally, which fields it touches.</summary>
public sealed record FaultKnob(double Rate, IReadOnlyList<string>? Fields = null);

/// <summary>What to generate: a kind of data, a size, a seed, and fault knobs (each usable alone).</summary>
public sealed record DatasetSpec
{
    /// <summary>clickstream, logs, orders, customers, prices, actions.</summary>
    public required string Kind { get; init; }
    public long Rows { get; init; } = 1000;
    public int Seed { get; init; } = 1;

    /// <summary>Distinct keys (users, customers, actions).</summary>
    public int Keys { get; init; } = 100;

    /// <summary>Days the timestamps span.</summary>
    public int Days { get; init; } = 7;

    /// <summary>clickstream only: every event belongs to one user and events are sorted by ts.</summary>
    public bool SingleUser { get; init; }

    /// <summary>Knob name -> setting: duplicates, ties, nulls, missing, extra, wrong_types, late, out_of_order, drift, hot_key.</summary>
    public IReadOnlyDictionary<string, FaultKnob> Faults { get; init; } = new Dictionary<string, FaultKnob>();

    /// <summary>The knob names the generator understands.</summary>
    public static readonly IReadOnlyList<string> KnownFaults =
        ["duplicates", "ties", "nulls", "missing", "extra", "wrong_types", "late", "out_of_order", "drift", "hot_key"];

    /// <summary>The knob's rate, 0 when absent.</summary>
    public double Rate(string knob) => Faults.TryGetValue(knob, out var k) ? k.Rate : 0;

    /// <summary>A stable text of the spec, for cache keys.</summary>
    public string CacheKey() =>
        $"{Kind}|{Rows}|{Seed}|{Keys}|{Days}|{SingleUser}|" + string.Join(";", Faults.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"{f.Key}={f.Value.Rate.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}:{string.Join(",", f.Value.Fields ?? [])}"));

    /// <summary>The same spec with another size.</summary>
    public DatasetSpec WithRows(long rows) => this with { Rows = rows };
}
