using Grain.Content;
using Grain.Judge.Pandas;
using Grain.Judge.Sql;
using Grain.Testing;

namespace Grain.Judge.Tests.Pandas;

/// <summary>Pandas judges over the built-in content, in a private data folder; hidden data is capped at 2,000 rows to keep tests fast.</summary>
public sealed class PandasJudgeFixture : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("grain-pandas-tests-").FullName;

    public PandasJudgeFixture()
    {
        Library = ContentLoader.Load(RepoPaths.Content).Library;
        Sql = new SqlJudge(Library, new SqlJudgeOptions { DataDirectory = _data, MaxHiddenRows = 2_000 });
        Judge = new PandasJudge(Sql, new PandasJudgeOptions { Library = Library, DataDirectory = _data, ScaleSizes = [] });
        ScaleJudge = new PandasJudge(Sql, new PandasJudgeOptions { Library = Library, DataDirectory = _data, ScaleSizes = [4_000, 16_000] });
    }

    public ContentLibrary Library { get; }

    public SqlJudge Sql { get; }

    /// <summary>The judge without its scale group (most cases).</summary>
    public PandasJudge Judge { get; }

    /// <summary>The judge with a small scale ladder, for cases marked <c># scale: yes</c>.</summary>
    public PandasJudge ScaleJudge { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is removed with the rest of the temp folder.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PandasJudgeCollection : ICollectionFixture<PandasJudgeFixture>
{
    public const string Name = "pandas judge";
}
