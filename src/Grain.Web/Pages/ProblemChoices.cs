using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Languages;
using Grain.Judge.Sql;

namespace Grain.Web.Pages;

/// <summary>The languages and SQL engines a problem can be answered in on this server, and the check of a submission's choice.</summary>
public sealed class ProblemChoices(JudgeLanguages languages, SqlJudge sql)
{
    /// <summary>How many rows of each example table a problem page shows.</summary>
    public const int ExampleRows = 5;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<SqlExample?>>> _examples = new(StringComparer.Ordinal);

    /// <summary>A SQL problem's example tables and expected output, computed once per problem; null for other problems.</summary>
    public Task<SqlExample?> ExampleAsync(Problem problem) =>
        problem.Language != JudgeLanguages.Sql ? Task.FromResult<SqlExample?>(null)
        : _examples.GetOrAdd(problem.Id, _ => new Lazy<Task<SqlExample?>>(() => sql.ExampleAsync(problem, ExampleRows))).Value;

    /// <summary>What the page calls each SQL engine.</summary>
    public static string EngineName(string engine) => engine switch
    {
        "sqlite" => "SQLite",
        "postgres" => "PostgreSQL",
        "duckdb" => "DuckDB",
        _ => engine,
    };

    /// <summary>The judge languages.</summary>
    public JudgeLanguages All => languages;

    /// <summary>The languages that accept the problem, its own first.</summary>
    public IReadOnlyList<JudgeLanguage> Languages(Problem problem) => languages.Accepting(problem);

    /// <summary>The problem's SQL engines this server runs (PostgreSQL only when configured), in the problem's order; empty for other languages.</summary>
    public IReadOnlyList<string> Engines(Problem problem) =>
        problem.Language == JudgeLanguages.Sql ? problem.Engines.Where(sql.AvailableEngines.Contains).ToList() : [];

    /// <summary>Why a submission in that language and engine is refused, or null when the problem accepts it.</summary>
    public string? Refusal(Problem problem, string language, string? engine)
    {
        var accepted = Languages(problem);
        if (!accepted.Any(l => l.Id == language))
        {
            return $"Problem '{problem.Id}' is solved in {string.Join(" or ", accepted.Select(l => l.Id))}, not '{language}'.";
        }
        if (engine is null)
        {
            return null;
        }
        if (language != JudgeLanguages.Sql)
        {
            return $"An engine is chosen for SQL answers only; a {language} answer takes no \"engine\".";
        }
        var engines = Engines(problem);
        if (!engines.Contains(engine))
        {
            var why = problem.Engines.Contains(engine) && engine == "postgres" ? " (PostgreSQL is not configured on this server)" : "";
            return $"Problem '{problem.Id}' runs on {string.Join(", ", engines)}, not '{engine}'{why}.";
        }
        return null;
    }
}
