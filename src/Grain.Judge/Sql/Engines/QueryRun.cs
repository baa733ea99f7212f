using Grain.Core.Judging;
using Grain.Judge.Sql.Comparison;

namespace Grain.Judge.Sql.Engines;

/// <summary>Limits on one query: wall time (the query is interrupted), rows and bytes returned (OLE).</summary>
public sealed record QueryLimits(TimeSpan Timeout, int MaxRows, long MaxBytes)
{
    /// <summary>The defaults for a candidate's query.</summary>
    public static QueryLimits Default { get; } = new(TimeSpan.FromSeconds(3), 200_000, 32L * 1024 * 1024);
}

/// <summary>What running a statement gave: rows (AC means it ran), or the verdict and error of a failure.</summary>
public sealed record QueryRun(ResultSet? Result, Verdict Verdict, string? Error, long WallMs)
{
    /// <summary>True when the statement ran to completion within the limits.</summary>
    public bool Succeeded => Verdict == Verdict.AC && Error is null;

    public static QueryRun Ok(ResultSet result, long wallMs) => new(result, Verdict.AC, null, wallMs);

    public static QueryRun Failed(Verdict verdict, string error, long wallMs) => new(null, verdict, error, wallMs);
}
