namespace Grain.Core.Judging;

/// <summary>The verdict of one test, as judges have named them for decades.</summary>
public enum Verdict
{
    /// <summary>Accepted.</summary>
    AC,
    /// <summary>Wrong answer.</summary>
    WA,
    /// <summary>Time limit exceeded.</summary>
    TLE,
    /// <summary>Memory limit exceeded.</summary>
    MLE,
    /// <summary>Output limit exceeded.</summary>
    OLE,
    /// <summary>Runtime error.</summary>
    RTE,
    /// <summary>Compile error: syntax error, missing function.</summary>
    CE,
    /// <summary>Internal error of the judge or the sandbox.</summary>
    IE,
}

/// <summary>Which verdict wins when several apply: IE &gt; TLE &gt; MLE &gt; OLE &gt; RTE &gt; WA &gt; AC.</summary>
public static class VerdictPriority
{
    /// <summary>The rank of a verdict; higher wins.</summary>
    public static int Rank(Verdict verdict) => verdict switch
    {
        Verdict.IE => 8,
        Verdict.CE => 7,
        Verdict.TLE => 6,
        Verdict.MLE => 5,
        Verdict.OLE => 4,
        Verdict.RTE => 3,
        Verdict.WA => 2,
        _ => 0,
    };

    /// <summary>The verdict that wins among those given; AC when none.</summary>
    public static Verdict Worst(IEnumerable<Verdict> verdicts) =>
        verdicts.DefaultIfEmpty(Verdict.AC).MaxBy(Rank);
}
