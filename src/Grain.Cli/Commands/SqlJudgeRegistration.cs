using System.CommandLine;
using Grain.Content;
using Grain.Core.Content;
using Grain.Judge.Sql;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary>CLI glue for the SQL judge: prints rules for <c>grain show</c>, the engines under <c>grain content check</c>, and <c>grain bench sql</c>.</summary>
internal static class SqlJudgeRegistration
{
    /// <summary>Prints a SQL problem's comparison rules under <c>grain show</c>; other items are left alone.</summary>
    public static void RenderRules(IContentItem item, CliEnvironment env)
    {
        if (item is not Problem { Language: "sql" } problem)
        {
            return;
        }
        env.Console.WriteLine();
        env.Console.MarkupLine("[bold yellow]Comparison rules[/]");
        foreach (var line in SqlJudge.DescribeRules(problem))
        {
            env.Console.WriteLine("  • " + line);
        }
    }

    /// <summary>Under <c>grain content check</c>: which engines the SQL problems run on, and which were checked here.</summary>
    public static void WriteEngines(CliEnvironment env, ContentLibrary library)
    {
        var sql = library.Problems.Where(p => p.Language == "sql").ToList();
        if (sql.Count == 0)
        {
            return;
        }
        var checkedOn = env.JudgeSettings().PostgresConnectionString is null ? "sqlite and duckdb (set GRAIN_POSTGRES to check postgres too)" : "sqlite, postgres and duckdb";
        env.Out.WriteLine($"SQL engines (references run on {checkedOn}):");
        foreach (var group in sql.GroupBy(p => string.Join(" + ", p.Engines)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            env.Out.WriteLine($"  {group.Key}: {group.Count()} problem(s): {string.Join(", ", group.Select(p => p.Id + Specific(p)))}");
        }
    }

    // The engine-specific references a problem ships beside reference.sql.
    private static string Specific(Problem problem)
    {
        var files = new[] { "postgres", "duckdb" }.Select(e => $"reference.{e}.sql").Where(f => File.Exists(Path.Combine(problem.Directory, f))).ToList();
        return files.Count == 0 ? "" : $" ({string.Join(", ", files)})";
    }

    /// <summary><c>grain bench sql</c>.</summary>
    public static Command CreateBenchSql(CliEnvironment env) => SqlBench.Create(env);
}
