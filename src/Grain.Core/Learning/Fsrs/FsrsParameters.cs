namespace Grain.Core.Learning.Fsrs;

/// <summary>The 21 FSRS-6 weights, with migration from FSRS-5 (19) and FSRS-4.5 (17) sets.</summary>
public sealed class FsrsParameters
{
    /// <summary>The FSRS-6 default weights (py-fsrs, fsrs-rs and ts-fsrs agree).</summary>
    public static readonly FsrsParameters Default = new([
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
        1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014,
        1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]);

    private static readonly (double Low, double High)[] Bounds =
    [
        (0.001, 100), (0.001, 100), (0.001, 100), (0.001, 100), (1, 10), (0.001, 4), (0.001, 4), (0.001, 0.75),
        (0, 4.5), (0, 0.8), (0.001, 3.5), (0.001, 5), (0.001, 0.25), (0.001, 0.9), (0, 4), (0, 1),
        (1, 6), (0, 2), (0, 2), (0, 0.8), (0.1, 0.8),
    ];

    private readonly double[] _w;

    private FsrsParameters(double[] w) => _w = w;

    /// <summary>The weight at index i (0..20).</summary>
    public double this[int i] => _w[i];

    /// <summary>A copy of the 21 weights.</summary>
    public IReadOnlyList<double> Weights => _w.ToArray();

    /// <summary>The decay of the forgetting curve (w20).</summary>
    public double Decay => _w[20];

    /// <summary>Builds parameters from 21, 19 (FSRS-5) or 17 (FSRS-4.5) weights; rejects other counts and out-of-range values.</summary>
    public static FsrsParameters From(IReadOnlyList<double> weights)
    {
        var w = weights.ToList();
        if (w.Count == 17)
        {
            w[4] += 2 * w[5];
            w[5] = Math.Log(3 * w[5] + 1) / 3;
            w[6] += 0.5;
            w.AddRange([0, 0, 0, 0.5]);
        }
        else if (w.Count == 19)
        {
            w.AddRange([0, 0.5]);
        }
        if (w.Count != 21)
        {
            throw new ArgumentException($"FSRS needs 17, 19 or 21 parameters, got {weights.Count}");
        }
        for (var i = 0; i < 21; i++)
        {
            if (double.IsNaN(w[i]) || w[i] < Bounds[i].Low || w[i] > Bounds[i].High)
            {
                throw new ArgumentException($"FSRS parameter w{i} = {w[i]} is outside [{Bounds[i].Low}, {Bounds[i].High}]");
            }
        }
        return new FsrsParameters([.. w]);
    }

    /// <summary>These parameters with the short-term (same-day) weights w17..w19 set to zero.</summary>
    public FsrsParameters WithoutShortTerm()
    {
        var w = _w.ToArray();
        w[17] = w[18] = w[19] = 0;
        return new FsrsParameters(w);
    }
}
