namespace Grain.Judge.Datasets;

/// <summary>A small, fast, seedable random source; the same seed gives the same data on every platform.</summary>
internal struct SplitMix(ulong seed)
{
    private ulong _state = seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, n).</summary>
    public int Below(int n) => (int)((Next() >> 33) % (ulong)n);

    /// <summary>A double in [0, 1).</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => p > 0 && Unit() < p;
}
