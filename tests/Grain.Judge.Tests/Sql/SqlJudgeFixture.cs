using Grain.Content;
using Grain.Judge.Sql;
using Grain.Testing;

namespace Grain.Judge.Tests.Sql;

/// <summary>
/// One SQL judge over the built-in content for all tests; hidden data is capped at 20k rows to keep tests fast. Its data
/// folder is private to the run (no other test run reads or writes its dataset files) and deleted afterwards.
/// </summary>
public sealed class SqlJudgeFixture : IDisposable
{
    public SqlJudgeFixture()
    {
        Library = ContentLoader.Load(RepoPaths.Content).Library;
        Options = new SqlJudgeOptions
        {
            DataDirectory = TestFolders.ForRun("sql-judge"),
            PostgresConnectionString = Components.PostgresConnectionString,
            MaxHiddenRows = 20_000,
            MaxTimeout = TimeSpan.FromSeconds(2),
            MaxRows = 50_000,
        };
        Judge = new SqlJudge(Library, Options);
    }

    public ContentLibrary Library { get; }

    public SqlJudgeOptions Options { get; }

    public SqlJudge Judge { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Options.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open at the end of the run stays in the temp folder.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SqlJudgeCollection : ICollectionFixture<SqlJudgeFixture>
{
    public const string Name = "sql judge";
}
