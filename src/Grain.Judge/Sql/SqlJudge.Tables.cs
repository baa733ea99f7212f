using Grain.Core.Content;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.Sql.Engines;
using Grain.Judge.Sql.Safety;
using Grain.Judge.Sql.Suites;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Sql;

/// <summary>What other judges answering SQL problems (pandas) read from the SQL judge: tables of a variant, expected results.</summary>
public sealed partial class SqlJudge
{
    /// <summary>The hidden-row cap of the options, applied to a case as the SQL judge applies it.</summary>
    internal SqlCase ScaledCase(SqlCase testCase) => Scaled(testCase);

    /// <summary>Every table of a dataset variant as rows read from SQLite, in the dataset's column order.</summary>
    internal async Task<IReadOnlyDictionary<string, ResultSet>> TablesAsync(DatasetRef data, CancellationToken cancellationToken)
    {
        var dataset = Catalog.Get(data.DatasetId);
        await using var session = await _sqlite.OpenReadOnlyAsync(data, cancellationToken);
        var limits = new QueryLimits(TimeSpan.FromSeconds(120), int.MaxValue, long.MaxValue);
        var tables = new Dictionary<string, ResultSet>(StringComparer.Ordinal);
        foreach (var table in dataset.Tables)
        {
            var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
            var run = await session.QueryAsync($"SELECT {columns} FROM \"{table.Name}\"", limits, cancellationToken);
            tables[table.Name] = run.Result ?? throw new DatasetException($"reading table {table.Name} of {data.Describe()} failed: {run.Error}");
        }
        return tables;
    }

    /// <summary>The SQL reference's result on a case, computed on SQLite (cached like the judge's own expected results).</summary>
    internal async Task<QueryRun> ReferenceResultAsync(Problem problem, SqlTestSuite suite, SqlCase testCase, CancellationToken cancellationToken)
    {
        var reference = ReferenceFor(problem, _sqlite.Name);
        var run = new CaseRun(problem, suite, RulesFor(suite, reference, SqlDialect.Sqlite), _sqlite, [], reference, QueryLimits.Default, MissingOrderBy: false);
        return await ExpectedAsync(run, testCase, cancellationToken);
    }
}
