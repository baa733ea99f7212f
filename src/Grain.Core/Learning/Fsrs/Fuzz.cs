namespace Grain.Core.Learning.Fsrs;

/// <summary>Interval fuzz (spec §4, as Anki and ts-fsrs): spreads reviews so cards learnt together do not stay together.</summary>
public static class Fuzz
{
    /// <summary>The inclusive range an interval may be fuzzed into.</summary>
    public static (int Min, int Max) Range(double interval, int maximumInterval, int elapsedDays = 0)
    {
        var delta = 1.0 + 0.15 * Math.Max(Math.Min(interval, 7) - 2.5, 0)
            + 0.10 * Math.Max(Math.Min(interval, 20) - 7, 0)
            + 0.05 * Math.Max(interval - 20, 0);
        var min = Math.Max(2, (int)Math.Round(interval - delta, MidpointRounding.AwayFromZero));
        var max = (int)Math.Min(Math.Round(interval + delta, MidpointRounding.AwayFromZero), maximumInterval);
        if (interval > elapsedDays)
        {
            min = Math.Max(min, elapsedDays + 1);
        }
        return (Math.Min(min, max), max);
    }

    /// <summary>The fuzzed interval for a uniform draw u in [0, 1); intervals under 2.5 days are only rounded.</summary>
    public static int Apply(double interval, double u, int maximumInterval, int elapsedDays = 0)
    {
        interval = Math.Min(interval, maximumInterval);
        if (interval < 2.5)
        {
            return FsrsModel.ClampDays(interval, maximumInterval);
        }
        var (min, max) = Range(interval, maximumInterval, elapsedDays);
        return (int)Math.Floor(min + u * (max - min + 1));
    }
}
