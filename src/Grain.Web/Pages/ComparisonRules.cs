using Grain.Core.Content;
using Grain.Judge.Sql;

namespace Grain.Web.Pages;

/// <summary>The comparison rules of a SQL problem as the judge reads them, one sentence each.</summary>
public static class ComparisonRules
{
    /// <summary>The rule lines of <see cref="SqlJudge.DescribeRules"/>, the same ones <c>grain show</c> prints.</summary>
    public static IReadOnlyList<string> Describe(Problem problem) => SqlJudge.DescribeRules(problem);
}
