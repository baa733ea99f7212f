namespace Grain.Core.Learning.Fsrs;

/// <summary>The FSRS-6 memory formulas (spec §2): forgetting curve, intervals, stability and difficulty updates.</summary>
public sealed class FsrsModel(FsrsParameters parameters)
{
    /// <summary>Lower clamp of stability.</summary>
    public const double MinStability = 0.001;

    /// <summary>Upper clamp of stability.</summary>
    public const double MaxStability = 36500;

    private readonly double _decay = -parameters.Decay;
    private readonly double _factor = Math.Pow(0.9, 1 / -parameters.Decay) - 1;

    public FsrsParameters Parameters { get; } = parameters;

    /// <summary>Probability of recall after t days at stability s.</summary>
    public double Retrievability(double elapsedDays, double stability) =>
        Math.Pow(1 + _factor * Math.Max(0, elapsedDays) / stability, _decay);

    /// <summary>The unrounded interval in days at which recall falls to the desired retention.</summary>
    public double RawInterval(double desiredRetention, double stability) =>
        stability / _factor * (Math.Pow(desiredRetention, 1 / _decay) - 1);

    /// <summary>The interval in whole days, rounded half away from zero and clamped to [1, maximumInterval].</summary>
    public int Interval(double desiredRetention, double stability, int maximumInterval) =>
        ClampDays(RawInterval(desiredRetention, stability), maximumInterval);

    /// <summary>Rounds an interval half away from zero and clamps it to [1, maximumInterval].</summary>
    public static int ClampDays(double interval, int maximumInterval) =>
        (int)Math.Clamp(Math.Round(interval, MidpointRounding.AwayFromZero), 1, Math.Max(1, maximumInterval));

    public double InitialStability(Rating g) => Math.Clamp(Parameters[(int)g - 1], MinStability, 100);

    /// <summary>The initial difficulty, unclamped (mean reversion targets the unclamped Easy value).</summary>
    public double RawInitialDifficulty(Rating g) => Parameters[4] - Math.Exp(Parameters[5] * ((int)g - 1)) + 1;

    public double InitialDifficulty(Rating g) => Math.Clamp(RawInitialDifficulty(g), 1, 10);

    public double NextDifficulty(double d, Rating g)
    {
        var delta = -Parameters[6] * ((int)g - 3);
        var damped = d + delta * (10 - d) / 9;
        var reverted = Parameters[7] * RawInitialDifficulty(Rating.Easy) + (1 - Parameters[7]) * damped;
        return Math.Clamp(reverted, 1, 10);
    }

    public double RecallStability(double d, double s, double r, Rating g)
    {
        var hard = g == Rating.Hard ? Parameters[15] : 1;
        var easy = g == Rating.Easy ? Parameters[16] : 1;
        return s * (1 + Math.Exp(Parameters[8]) * (11 - d) * Math.Pow(s, -Parameters[9])
            * (Math.Exp((1 - r) * Parameters[10]) - 1) * hard * easy);
    }

    public double ForgetStability(double d, double s, double r)
    {
        var longTerm = Parameters[11] * Math.Pow(d, -Parameters[12]) * (Math.Pow(s + 1, Parameters[13]) - 1)
            * Math.Exp((1 - r) * Parameters[14]);
        return Math.Min(longTerm, s / Math.Exp(Parameters[17] * Parameters[18]));
    }

    public double ShortTermStability(double s, Rating g)
    {
        var increase = Math.Exp(Parameters[17] * ((int)g - 3 + Parameters[18])) * Math.Pow(s, -Parameters[19]);
        if (g >= Rating.Hard)
        {
            increase = Math.Max(increase, 1);
        }
        return s * increase;
    }

    /// <summary>One memory-state step: first review, same-day review (t = 0), lapse or recall.</summary>
    public MemoryState Next(MemoryState? state, double elapsedDays, Rating g)
    {
        if (state is not { } m)
        {
            return new MemoryState(InitialStability(g), InitialDifficulty(g));
        }
        double s;
        if (elapsedDays < 1)
        {
            s = ShortTermStability(m.Stability, g);
        }
        else
        {
            var r = Retrievability(elapsedDays, m.Stability);
            s = g == Rating.Again ? ForgetStability(m.Difficulty, m.Stability, r) : RecallStability(m.Difficulty, m.Stability, r, g);
        }
        return new MemoryState(Math.Clamp(s, MinStability, MaxStability), NextDifficulty(m.Difficulty, g));
    }
}
