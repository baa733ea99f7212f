using System.Globalization;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.Sql.Suites;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Sql;

/// <summary>A table as a problem page shows it: its first rows as text and how many rows it has.</summary>
public sealed record SqlExampleTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, int TotalRows);

/// <summary>A query problem's example data (each table's first rows) and the reference's result on it.</summary>
public sealed record SqlExample(IReadOnlyList<SqlExampleTable> Tables, SqlExampleTable Expected);

public sealed partial class SqlJudge
{
    /// <summary>
    /// The example case's tables and expected output (the reference run on SQLite), each cut to <paramref name="maxRows"/>
    /// rows; null for a problem with no example case, a DDL/DML problem, or broken tests (the judge reports those).
    /// </summary>
    public async Task<SqlExample?> ExampleAsync(Problem problem, int maxRows, CancellationToken cancellationToken = default)
    {
        try
        {
            var suite = Suites.SqlTestSuiteReader.Read(problem.Directory, problem.Dataset);
            if (suite.Kind != SqlProblemKind.Query || suite.Cases.FirstOrDefault(c => c.Group == TestGroup.Example) is not { } example)
            {
                return null;
            }
            var tables = await TablesAsync(example.Data, cancellationToken);
            var expected = await ReferenceResultAsync(problem, suite, ScaledCase(example), cancellationToken);
            if (!expected.Succeeded)
            {
                return null;
            }
            return new SqlExample([.. tables.Select(t => Cut(t.Key, t.Value, maxRows))], Cut("expected", expected.Result!, maxRows));
        }
        catch (Exception ex) when (ex is SqlSuiteException or DatasetException or IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            return null;
        }
    }

    private static SqlExampleTable Cut(string name, ResultSet result, int maxRows) =>
        new(name, result.Columns, [.. result.Rows.Take(maxRows).Select(r => (IReadOnlyList<string>)[.. r.Select(CellText)])], result.Rows.Count);

    private static string CellText(object? value) => value switch
    {
        null => "NULL",
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        float f => f.ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
