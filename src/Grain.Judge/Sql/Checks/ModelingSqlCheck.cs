using Grain.Content;
using Microsoft.Data.Sqlite;

namespace Grain.Judge.Sql.Checks;

/// <summary>Loads each modelling exercise's reference DDL and sample data into SQLite and runs its business questions.</summary>
public sealed class ModelingSqlCheck : IContentCheck
{
    public string Name => "modelling DDL and business questions";

    public Task<IReadOnlyList<ContentDiagnostic>> CheckAsync(ContentLibrary library, CancellationToken cancellationToken)
    {
        var diagnostics = new List<ContentDiagnostic>();
        foreach (var exercise in library.Modeling)
        {
            var path = exercise.Source.Path;
            if (string.IsNullOrWhiteSpace(exercise.ReferenceDdl))
            {
                diagnostics.Add(new ContentDiagnostic(path, 1, "missing ```sql block in '## Reference DDL'"));
                continue;
            }
            using var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
            connection.Open();
            if (Execute(connection, exercise.ReferenceDdl) is { } ddlError)
            {
                diagnostics.Add(new ContentDiagnostic(path, 1, $"the reference DDL does not load in SQLite: {ddlError}"));
                continue;
            }
            if (!string.IsNullOrWhiteSpace(exercise.SampleData) && Execute(connection, exercise.SampleData) is { } dataError)
            {
                diagnostics.Add(new ContentDiagnostic(path, 1, $"the sample data does not load in SQLite: {dataError}"));
                continue;
            }
            foreach (var question in exercise.BusinessQuestions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Query(connection, question.Sql) is { } error)
                {
                    diagnostics.Add(new ContentDiagnostic(path, 1, $"business question '{question.Question}' fails on the reference model: {error}"));
                }
            }
        }
        return Task.FromResult<IReadOnlyList<ContentDiagnostic>>(diagnostics);
    }

    private static string? Execute(SqliteConnection connection, string sql)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
            return null;
        }
        catch (SqliteException ex)
        {
            return ex.Message;
        }
    }

    private static string? Query(SqliteConnection connection, string sql)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = 0;
            while (reader.Read() && rows < 1)
            {
                rows++;
            }
            return rows == 0 ? "it returns no rows with the sample data (add rows that exercise it)" : null;
        }
        catch (SqliteException ex)
        {
            return ex.Message;
        }
    }
}
