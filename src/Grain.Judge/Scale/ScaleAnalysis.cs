namespace Grain.Judge.Scale;

/// <summary>One measured size of a scale ladder: CPU time and peak memory, both read from outside the process.</summary>
public sealed record ScalePoint(long Size, long CpuMs, long PeakKb);

/// <summary>The fitted growth of time and memory over a ladder of sizes.</summary>
public sealed record ScaleFit(double TimeExponent, double BytesPerItem);

/// <summary>Fits growth curves: log-log slope for time, least squares for memory per item.</summary>
public static class ScaleAnalysis
{
    /// <summary>
    /// Fits the points; <paramref name="baseline"/> (a run on an empty input) is subtracted so interpreter start-up
    /// does not flatten the time exponent.
    /// </summary>
    public static ScaleFit Fit(IReadOnlyList<ScalePoint> points, ScalePoint? baseline = null)
    {
        if (points.Count < 2)
        {
            return new ScaleFit(double.NaN, double.NaN);
        }
        var fixedCpu = baseline?.CpuMs ?? 0;
        var xs = points.Select(p => Math.Log(p.Size)).ToArray();
        var ys = points.Select(p => Math.Log(Math.Max(1.0, p.CpuMs - fixedCpu))).ToArray();
        var exponent = Slope(xs, ys);
        var bytes = Slope(points.Select(p => (double)p.Size).ToArray(), points.Select(p => p.PeakKb * 1024.0).ToArray());
        return new ScaleFit(Math.Round(exponent, 2), Math.Round(bytes, 1));
    }

    /// <summary>The least-squares slope of y over x.</summary>
    public static double Slope(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        var mx = xs.Average();
        var my = ys.Average();
        double num = 0, den = 0;
        for (var i = 0; i < xs.Count; i++)
        {
            num += (xs[i] - mx) * (ys[i] - my);
            den += (xs[i] - mx) * (xs[i] - mx);
        }
        return den == 0 ? 0 : num / den;
    }

    /// <summary>The words for a time exponent: linear, n log n, quadratic, cubic.</summary>
    public static string Describe(double exponent) => exponent switch
    {
        < 1.25 => "about linearly",
        < 1.6 => "faster than linearly (worse than n log n)",
        < 2.5 => "about quadratically",
        _ => "about cubically or worse",
    };
}

/// <summary>The rules a problem states for growth, and the verdict they give.</summary>
public sealed record ScaleRules(bool MemoryBounded, bool TimeLinear)
{
    /// <summary>Bytes per item a candidate may grow beyond the reference.</summary>
    public const double MemorySlackPerItem = 48;

    /// <summary>Exponent above which a linear-time problem fails (n log n measures about 1.1).</summary>
    public const double LinearExponentLimit = 1.35;

    /// <summary>Checks a candidate's fit against the reference's; returns the failure message or null.</summary>
    public (bool Memory, string Message)? Failure(ScaleFit candidate, ScaleFit reference, ScalePoint largest, ScalePoint referenceLargest)
    {
        // Compare growth, not absolute peaks: a reference that imports a heavy module (hashlib loads OpenSSL) starts
        // higher and would otherwise mask a candidate that grows with the input.
        var extraGrowthKb = (candidate.BytesPerItem - Math.Max(0, reference.BytesPerItem)) * largest.Size / 1024.0;
        if (MemoryBounded && candidate.BytesPerItem > reference.BytesPerItem + MemorySlackPerItem && extraGrowthKb > 2048)
        {
            var why = candidate.BytesPerItem >= 150
                ? "the whole input was held in memory; iterate it once and keep only what the answer needs"
                : "memory grows with the input; keep state per key, not per event";
            return (true, $"peak memory grew by about {candidate.BytesPerItem:0} bytes per event (the reference: {Math.Max(0, reference.BytesPerItem):0}): {why}");
        }
        // Memory is checked first: a solution that holds the whole input also grows its time (allocation, GC),
        // and the memory message names the cause.
        if (TimeLinear && candidate.TimeExponent > Math.Max(LinearExponentLimit, reference.TimeExponent + 0.3)
            && largest.CpuMs > 2 * Math.Max(referenceLargest.CpuMs, 50))
        {
            var quadratic = candidate.TimeExponent >= 1.6 ? " — a nested loop or a list search inside the loop (e.g. `x in some_list`)?" : "";
            return (false, $"CPU time grew {ScaleAnalysis.Describe(candidate.TimeExponent)} with input size (exponent {candidate.TimeExponent:0.00}, "
                + $"the reference {reference.TimeExponent:0.00}); this problem expects linear time{quadratic}");
        }
        return null;
    }
}
