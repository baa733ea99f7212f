using System.Collections.Concurrent;
using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.Sql.Engines;
using Grain.Judge.Sql.Suites;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Sql;

/// <summary>
/// The SQL judge: runs a candidate's query and the reference on the same dataset variants, compares the rows under
/// the problem's rules, explains both plans and checks plan rules.
/// </summary>
public sealed partial class SqlJudge : IJudge
{
    private readonly ContentLibrary _library;
    private readonly SqlJudgeOptions _options;
    private readonly SqliteEngine _sqlite;
    private readonly Lazy<PostgresEngine?> _postgres;
    private readonly DuckDbEngine _duckdb;
    private readonly ConcurrentDictionary<string, QueryRun> _expected = new();

    /// <summary>Creates a judge over a content library; datasets come from the library's <c>datasets/</c> folder.</summary>
    public SqlJudge(ContentLibrary library, SqlJudgeOptions options)
        : this(library, options, CatalogFor(library))
    {
    }

    // A library of one problem (what `grain judge` loads) reads only that problem's dataset, and none for a problem
    // without one (a Python problem: every judge is built when the CLI looks one up by language).
    private static DatasetCatalog CatalogFor(ContentLibrary library) =>
        library.Problems is [var only] && library.Items.Count == 1
            ? only.Dataset is { Length: > 0 } dataset ? DatasetCatalog.LoadOne(library.Roots, dataset) : DatasetCatalog.Empty
            : DatasetCatalog.Load(library.Roots);

    /// <summary>Creates a judge over a content library with the datasets already read (the CLI reads only the one it needs).</summary>
    public SqlJudge(ContentLibrary library, SqlJudgeOptions options, DatasetCatalog catalog)
    {
        _library = library;
        _options = options;
        Catalog = catalog;
        _sqlite = new SqliteEngine(new SqliteDatasetStore(Catalog, options.SqliteCacheDirectory));
        _postgres = new Lazy<PostgresEngine?>(() => options.PostgresConnectionString is { } cs ? new PostgresEngine(Catalog, cs) : null);
        _duckdb = new DuckDbEngine(new DuckDbDatasetStore(Catalog, options.DuckDbCacheDirectory));
    }

    /// <summary>The datasets the judge knows.</summary>
    public DatasetCatalog Catalog { get; }

    public string Language => "sql";

    /// <summary>The engines available on this machine: sqlite and duckdb (embedded) always, postgres when configured.</summary>
    public IReadOnlyList<string> AvailableEngines => _options.PostgresConnectionString is null ? ["sqlite", "duckdb"] : ["sqlite", "postgres", "duckdb"];

    public async Task<JudgeReport> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken = default)
    {
        if (_library.Find<Problem>(request.ProblemId) is not { } problem || problem.Language != "sql")
        {
            return Error(request.ProblemId, $"no SQL problem with id '{request.ProblemId}'");
        }
        SqlTestSuite suite;
        try
        {
            suite = SqlTestSuiteReader.Read(problem.Directory, problem.Dataset);
            Catalog.Get(suite.Dataset);
        }
        catch (Exception ex) when (ex is SqlSuiteException or DatasetException)
        {
            // path:line first, so editors and scripts can jump to the broken file.
            return Error(problem.Id, ex.Message + (ex is DatasetException ? " (the problem's dataset is broken)" : " (the problem's tests are broken)"));
        }
        var engineName = request.Engine ?? problem.Engines.FirstOrDefault(AvailableEngines.Contains) ?? "sqlite";
        if (!problem.Engines.Contains(engineName))
        {
            return Error(problem.Id, $"{problem.Id} runs on {string.Join(", ", problem.Engines)}, not {engineName}");
        }
        if (Engine(engineName) is not { } engine)
        {
            return Error(problem.Id, engineName == "postgres" ? "PostgreSQL is not configured: set GRAIN_POSTGRES to an Npgsql connection string" : $"unknown engine '{engineName}'");
        }
        try
        {
            return await JudgeOnAsync(problem, suite, engine, request, cancellationToken);
        }
        catch (Exception ex) when (ex is DatasetException or Npgsql.NpgsqlException or IOException or Microsoft.Data.Sqlite.SqliteException or DuckDB.NET.Data.DuckDBException)
        {
            return Error(problem.Id, $"internal error preparing the {engineName} dataset: {ex.Message}") with { Tests = [] };
        }
    }

    /// <summary>The engine of that name, or null when unknown or not configured.</summary>
    internal ISqlEngine? Engine(string name) => name switch
    {
        "sqlite" => _sqlite,
        "postgres" => _postgres.Value,
        "duckdb" => _duckdb,
        _ => null,
    };

    /// <summary>
    /// The reference solution text for an engine: the first of <c>reference.&lt;engine&gt;.sql</c> and the files of the
    /// engines its dialect falls back to (DuckDB reads PostgreSQL's dialect: duckdb, then postgres), else <c>reference.sql</c>.
    /// </summary>
    public static string ReferenceFor(Problem problem, string engine)
    {
        foreach (var candidate in ReferenceFallback(engine))
        {
            var specific = Path.Combine(problem.Directory, $"reference.{candidate}.sql");
            if (File.Exists(specific))
            {
                return File.ReadAllText(specific);
            }
        }
        return File.ReadAllText(Path.Combine(problem.Directory, "reference.sql"));
    }

    /// <summary>The engines whose reference file an engine takes, in order (before <c>reference.sql</c>).</summary>
    internal static IReadOnlyList<string> ReferenceFallback(string engine) => engine == "duckdb" ? ["duckdb", "postgres"] : [engine];

    /// <summary>
    /// The starter with a first comment line saying how columns are matched (by position; names compared or not), read
    /// from the same rules <see cref="DescribeRules"/> shows; unchanged when it already says so, for DDL/DML problems and
    /// for broken tests.
    /// </summary>
    public static string StarterWithColumnRule(Problem problem, string starter)
    {
        if (starter.Contains("by position", StringComparison.OrdinalIgnoreCase) || starter.Contains("by name", StringComparison.OrdinalIgnoreCase))
        {
            return starter;
        }
        try
        {
            var suite = SqlTestSuiteReader.Read(problem.Directory, problem.Dataset);
            if (suite.Kind != SqlProblemKind.Query)
            {
                return starter;
            }
            var reference = Path.Combine(problem.Directory, "reference.sql");
            var rules = File.Exists(reference) ? RulesFor(suite, File.ReadAllText(reference), Safety.SqlDialect.Sqlite) : suite.Rules;
            return (rules.ColumnNames
                ? "-- Columns are matched by position, and their names must match too.\n"
                : "-- Columns are matched by position: names are not compared.\n") + starter;
        }
        catch (Exception ex) when (ex is SqlSuiteException or IOException)
        {
            return starter;
        }
    }

    /// <summary>The comparison rules of a problem in words, as the judge reads them (for the problem page and <c>grain show</c>), or an error line.</summary>
    public static IReadOnlyList<string> DescribeRules(Problem problem)
    {
        try
        {
            var suite = SqlTestSuiteReader.Read(problem.Directory, problem.Dataset);
            var reference = Path.Combine(problem.Directory, "reference.sql");
            var rules = File.Exists(reference) ? RulesFor(suite, File.ReadAllText(reference), Safety.SqlDialect.Sqlite) : suite.Rules;
            var lines = rules.Describe().ToList();
            if (suite.Plan.Any)
            {
                lines.AddRange(suite.Plan.RequireIndex.Select(i => $"plan: must use index {i}"));
                lines.AddRange(suite.Plan.RequireIndexOn.Select(t => $"plan: must look up {t} through an index"));
                lines.AddRange(suite.Plan.ForbidFullScan.Select(t => $"plan: must not scan all of {t}"));
            }
            if (suite.Script is { } script)
            {
                lines.Add($"submit: {string.Join(" or ", script.Allow)} statements (at most {script.MaxStatements})");
            }
            lines.Add($"limits: {suite.Timeout.TotalSeconds:0.#} s per query, {suite.MaxRows:N0} rows");
            return lines;
        }
        catch (SqlSuiteException ex)
        {
            return [ex.Message];
        }
    }

    private static JudgeReport Error(string problem, string message) => new()
    {
        Problem = problem,
        Language = "sql",
        Status = JudgeStatus.Error,
        Message = message,
    };
}
