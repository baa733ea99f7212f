namespace Grain.Core.Learning.Mock;

/// <summary>
/// The stated rules turning rubric ticks into verdicts (docs/READINESS.md, "Mock loops").
/// Round: Strong Hire when at least two thirds of the Strong Hire criteria are ticked and no No Hire criterion is;
/// Lean Hire when at least half of the Lean Hire (or of the Strong Hire) criteria are ticked and at most one No Hire
/// criterion is; otherwise No Hire. A failed auto-graded part caps the round at Lean Hire.
/// Loop: Strong = 2, Lean = 1, No = 0 points; No Hire when two or more rounds are No Hire or the mean is below 1;
/// Strong Hire when no round is No Hire and the mean is at least 1.5; otherwise Lean Hire.
/// </summary>
public static class HireRule
{
    public static HireVerdict Round(IReadOnlyList<RubricGrade> grades, bool? autoGradePassed = null)
    {
        double Share(HireVerdict level)
        {
            var at = grades.Where(g => g.Level == level).ToList();
            return at.Count == 0 ? 0 : at.Count(g => g.Ticked) / (double)at.Count;
        }
        var strong = Share(HireVerdict.StrongHire);
        var lean = Share(HireVerdict.LeanHire);
        var redFlags = grades.Count(g => g.Level == HireVerdict.NoHire && g.Ticked);
        var verdict = strong >= 2.0 / 3 && redFlags == 0 ? HireVerdict.StrongHire
            : (lean >= 0.5 || strong >= 0.5) && redFlags <= 1 ? HireVerdict.LeanHire
            : HireVerdict.NoHire;
        return autoGradePassed == false && verdict == HireVerdict.StrongHire ? HireVerdict.LeanHire : verdict;
    }

    public static HireVerdict Loop(IReadOnlyList<HireVerdict> rounds)
    {
        if (rounds.Count == 0)
        {
            return HireVerdict.NoHire;
        }
        var noHires = rounds.Count(r => r == HireVerdict.NoHire);
        var mean = rounds.Average(r => (int)r);
        return noHires >= 2 || mean < 1 ? HireVerdict.NoHire
            : noHires == 0 && mean >= 1.5 ? HireVerdict.StrongHire
            : HireVerdict.LeanHire;
    }
}
