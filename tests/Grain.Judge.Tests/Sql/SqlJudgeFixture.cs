using Grain.Content;
using Grain.Judge.Sql;
using Grain.Testing;

namespace Grain.Judge.Tests.Sql;

/// <summary>
/// One SQL judge over the built-in content for all SQL tests of the run; hidden data is capped at 20k rows to keep tests
/// fast. Its data folder is private to the run (no other test run reads or writes its dataset files) and goes when the
/// test process exits. The SQL test classes form one collection and run one after another: the hostile-SQL tests compare
/// the dataset folders before and after a submission, which another class's gradings would change.
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

[CollectionDefinition(Name)]
public sealed class SqlJudgeCollection : ICollectionFixture<SqlJudgeFixture>
{
    public const string Name = "sql judge";
}
