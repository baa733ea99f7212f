using Grain.Judge.Sql.Comparison;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Sql.Suites;

/// <summary>What a SQL problem asks for: a query, or a script (DDL/DML) followed by a check query.</summary>
public enum SqlProblemKind
{
    Query,
    Script,
}

/// <summary>One test case: a group (example or hidden) and the data it runs on.</summary>
public sealed record SqlCase(string Name, string Group, DatasetRef Data);

/// <summary>Plan checks: indexes the plan must use, tables it must not scan in full.</summary>
public sealed record PlanRules(IReadOnlyList<string> RequireIndex, IReadOnlyList<string> RequireIndexOn, IReadOnlyList<string> ForbidFullScan, string? CaseName)
{
    /// <summary>No plan checks.</summary>
    public static PlanRules None { get; } = new([], [], [], null);

    /// <summary>True when there is at least one check.</summary>
    public bool Any => RequireIndex.Count + RequireIndexOn.Count + ForbidFullScan.Count > 0;
}

/// <summary>For script problems: the statements a candidate may write, and the query run afterwards.</summary>
public sealed record ScriptRules(IReadOnlyList<string> Allow, string Query, int MaxStatements);

/// <summary>A SQL problem's tests.yaml: cases, comparison rules, limits, plan checks.</summary>
public sealed record SqlTestSuite(
    string Dataset,
    SqlProblemKind Kind,
    ComparisonRules Rules,
    IReadOnlyList<string> Columns,
    IReadOnlyList<SqlCase> Cases,
    PlanRules Plan,
    ScriptRules? Script,
    TimeSpan Timeout,
    int MaxRows);
