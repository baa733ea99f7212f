using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Grain.Judge.Sql;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Pandas;

/// <summary>
/// The JSON-lines table files of a dataset at one size and seed, written once under the data folder and bound
/// read-only into every sandboxed run that reads them: the reference's run, the candidate's and later gradings share them.
/// </summary>
internal sealed class PandasTableFiles(SqlJudge sql, string directory)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>The folder that holds the files (one sub-folder per dataset size, seed and definition).</summary>
    public string Directory => directory;

    /// <summary>The file of each table of <paramref name="data"/>, written first when missing.</summary>
    public async Task<IReadOnlyDictionary<string, string>> GetAsync(DatasetDefinition dataset, DatasetRef data, CancellationToken ct)
    {
        // The fingerprint changes with the dataset's definition, so an edited dataset never reads old files.
        var folder = Path.Combine(directory, $"{data.Key}_{dataset.Fingerprint}");
        var files = dataset.Tables.ToDictionary(t => t.Name, t => Path.Combine(folder, t.Name + ".jsonl"), StringComparer.Ordinal);
        if (System.IO.Directory.Exists(folder))
        {
            return files;
        }
        var gate = _gates.GetOrAdd(folder, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (System.IO.Directory.Exists(folder))
            {
                return files;
            }
            // Written beside, then moved into place: a folder under its final name is always complete, also when another
            // process (a second worker) writes the same one at the same time.
            var partial = folder + ".partial-" + Guid.NewGuid().ToString("N");
            System.IO.Directory.CreateDirectory(partial);
            try
            {
                var tables = await sql.TablesAsync(data, ct);
                foreach (var table in dataset.Tables)
                {
                    await WriteRowsAsync(Path.Combine(partial, table.Name + ".jsonl"), tables[table.Name], ct);
                }
                System.IO.Directory.Move(partial, folder);
            }
            catch (IOException) when (System.IO.Directory.Exists(folder))
            {
                // Another process moved its complete copy in first.
            }
            finally
            {
                if (System.IO.Directory.Exists(partial))
                {
                    System.IO.Directory.Delete(partial, recursive: true);
                }
            }
            return files;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Writes a table as JSON lines, one array of cells per row.</summary>
    internal static async Task WriteRowsAsync(string path, ResultSet table, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, useAsync: true);
        var buffer = new ArrayBufferWriter<byte>(128 * 1024);
        await using var writer = new Utf8JsonWriter(buffer);
        foreach (var row in table.Rows)
        {
            WriteRow(writer, row);
            writer.Flush();
            writer.Reset(buffer);
            buffer.Write("\n"u8);
            if (buffer.WrittenCount >= 64 * 1024)
            {
                await stream.WriteAsync(buffer.WrittenMemory, ct);
                buffer.ResetWrittenCount();
            }
        }
        await stream.WriteAsync(buffer.WrittenMemory, ct);
    }

    private static void WriteRow(Utf8JsonWriter writer, object?[] row)
    {
        writer.WriteStartArray();
        foreach (var cell in row)
        {
            switch (cell)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case long l:
                    writer.WriteNumberValue(l);
                    break;
                case double d when double.IsFinite(d):
                    writer.WriteNumberValue(d);
                    break;
                case double d:
                    writer.WriteStringValue(SqlValue.Format(d));
                    break;
                case decimal m:
                    writer.WriteNumberValue(m);
                    break;
                default:
                    writer.WriteStringValue(cell.ToString());
                    break;
            }
        }
        writer.WriteEndArray();
    }
}
