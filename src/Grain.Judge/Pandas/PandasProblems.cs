using System.Text;
using Grain.Core.Content;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Pandas;

/// <summary>Which SQL problems take pandas answers, the contract's dtypes and the starter listing every table.</summary>
public static class PandasProblems
{
    /// <summary>The pandas reference's file name inside a problem folder.</summary>
    public const string ReferenceFile = "reference.pandas.py";

    /// <summary>The function a pandas answer defines.</summary>
    public const string Function = "solution";

    /// <summary>True for a SQL problem with a pandas reference (a result-table problem; the content check refuses one on a plan or script problem).</summary>
    public static bool Accepts(Problem problem) =>
        problem.Language == "sql" && File.Exists(Path.Combine(problem.Directory, ReferenceFile));

    /// <summary>The pandas dtype a column is handed over with.</summary>
    public static string Dtype(ColumnDefinition column) => column.Type switch
    {
        ColumnType.Integer => column.Nullable ? "Int64" : "int64",
        ColumnType.Decimal or ColumnType.Real => "float64",
        ColumnType.Date or ColumnType.Timestamp => "datetime64[ns]",
        ColumnType.Boolean => column.Nullable ? "boolean" : "bool",
        _ => "object",
    };

    /// <summary>The starter: <c>solution</c> with one DataFrame parameter per table, each table's columns and dtypes in a comment.</summary>
    public static string Starter(Problem problem, DatasetDefinition dataset)
    {
        var text = new StringBuilder();
        text.Append("import pandas as pd\n\n\n");
        text.Append($"def {Function}({string.Join(", ", dataset.Tables.Select(t => $"{t.Name}: pd.DataFrame"))}) -> pd.DataFrame:\n");
        text.Append($"    \"\"\"{problem.Title}.\n\n");
        foreach (var table in dataset.Tables)
        {
            text.Append($"    {table.Name}: {string.Join(", ", table.Columns.Select(c => $"{c.Name} {Dtype(c)}"))}\n");
        }
        text.Append("    \"\"\"\n");
        text.Append("    raise NotImplementedError\n");
        return text.ToString();
    }
}
