using Grain.Content;
using Grain.Judge.Sql;
using Grain.Testing;

namespace Grain.Judge.Tests.Sql;

/// <summary>
/// One SQL judge over the built-in content for all SQL tests of the run; hidden data is capped at 20k rows to keep tests
/// fast. Its data folder is private to the run (no other test run reads or writes its dataset files) and goes when the
/// test process exits. The two SQL collections share it, so each dataset is built once, and they run side by side as
/// graders do in the web app.
/// </summary>
public sealed class SqlJudgeFixture
{
    private static readonly Lazy<(ContentLibrary Library, SqlJudgeOptions Options, SqlJudge Judge)> Shared = new(() =>
    {
        var library = ContentLoader.Load(RepoPaths.Content).Library;
        var options = new SqlJudgeOptions
        {
            DataDirectory = TestFolders.ForRun("sql-judge"),
            PostgresConnectionString = Components.PostgresConnectionString,
            MaxHiddenRows = 20_000,
            MaxTimeout = TimeSpan.FromSeconds(2),
            MaxRows = 50_000,
        };
        return (library, options, new SqlJudge(library, options));
    });

    public ContentLibrary Library => Shared.Value.Library;

    public SqlJudgeOptions Options => Shared.Value.Options;

    public SqlJudge Judge => Shared.Value.Judge;
}

/// <summary>The SQL judge's own tests: content references, hostile SQL, engine safety, hints.</summary>
[CollectionDefinition(Name)]
public sealed class SqlJudgeCollection : ICollectionFixture<SqlJudgeFixture>
{
    public const string Name = "sql judge";
}

/// <summary>The SQL judge-case corpus and the DuckDB parity check, beside <see cref="SqlJudgeCollection"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SqlCorpusCollection : ICollectionFixture<SqlJudgeFixture>
{
    public const string Name = "sql judge corpus";
}
