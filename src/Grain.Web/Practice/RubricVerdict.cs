namespace Grain.Web.Practice;

/// <summary>The hire verdict a self-graded rubric gives.</summary>
public enum HireVerdict
{
    NoHire,
    LeanHire,
    StrongHire,
}

/// <summary>The rubric's rule: any No Hire sign gives No Hire; three quarters of the Strong Hire criteria give Strong Hire;
/// some Strong Hire criteria or half the Lean Hire criteria give Lean Hire; otherwise No Hire.</summary>
public static class RubricVerdict
{
    /// <summary>The rule in one sentence, shown next to the rubric.</summary>
    public const string Rule = "Any No Hire sign gives No Hire. Covering at least three quarters of the Strong Hire criteria gives Strong Hire. " +
        "Otherwise, any Strong Hire criterion or at least half of the Lean Hire criteria gives Lean Hire.";

    /// <summary>Decides the verdict from how many criteria of each level were ticked.</summary>
    public static HireVerdict Decide(int strongTicked, int strongTotal, int leanTicked, int leanTotal, int noTicked)
    {
        if (noTicked > 0)
        {
            return HireVerdict.NoHire;
        }
        if (strongTotal > 0 && strongTicked * 4 >= strongTotal * 3)
        {
            return HireVerdict.StrongHire;
        }
        if (strongTicked > 0 || (leanTotal > 0 && leanTicked * 2 >= leanTotal))
        {
            return HireVerdict.LeanHire;
        }
        return HireVerdict.NoHire;
    }

    /// <summary>The verdict as interviewers write it.</summary>
    public static string Text(HireVerdict verdict) => verdict switch
    {
        HireVerdict.StrongHire => "Strong Hire",
        HireVerdict.LeanHire => "Lean Hire",
        _ => "No Hire",
    };
}
