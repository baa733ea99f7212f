using System.Text;

namespace Grain.Judge.SqlDatasets;

/// <summary>Reads a table's rows from a CSV file: a header naming the columns, comma-separated, RFC 4180 quoting.</summary>
public static class CsvTable
{
    /// <summary>
    /// The rows of <paramref name="file"/> in the table's column order. An empty unquoted field is NULL; a quoted empty
    /// field is the empty string. Throws <see cref="DatasetException"/> as <c>path:line: message</c>.
    /// </summary>
    public static List<object?[]> Read(string file, TableDefinition table)
    {
        using var reader = new StreamReader(file, Encoding.UTF8);
        var line = 1;
        var header = Record(reader, file, ref line) ?? throw new DatasetException($"{file}:1: empty CSV file: the first line names the columns");
        var positions = new int[table.Columns.Count];
        for (var i = 0; i < table.Columns.Count; i++)
        {
            positions[i] = header.FindIndex(h => string.Equals(h.Text.Trim(), table.Columns[i].Name, StringComparison.OrdinalIgnoreCase));
            if (positions[i] < 0)
            {
                throw new DatasetException($"{file}:1: the header has no column '{table.Columns[i].Name}' (table {table.Name} has {string.Join(", ", table.Columns.Select(c => c.Name))})");
            }
        }
        if (header.Count != table.Columns.Count)
        {
            throw new DatasetException($"{file}:1: the header has {header.Count} columns, table {table.Name} has {table.Columns.Count}");
        }
        var rows = new List<object?[]>();
        while (true)
        {
            var start = line;
            if (Record(reader, file, ref line) is not { } fields)
            {
                return rows;
            }
            if (fields.Count == 1 && fields[0] is { Quoted: false, Text.Length: 0 })
            {
                continue;
            }
            if (fields.Count != header.Count)
            {
                throw new DatasetException($"{file}:{start}: {fields.Count} values, the header has {header.Count}");
            }
            var row = new object?[positions.Length];
            for (var i = 0; i < positions.Length; i++)
            {
                var field = fields[positions[i]];
                row[i] = !field.Quoted && field.Text.Length == 0 ? null : DatasetFileReader.Parse($"{file}:{start}", table.Columns[i], field.Text, quoted: field.Quoted);
            }
            rows.Add(row);
        }
    }

    private readonly record struct Field(string Text, bool Quoted);

    // One record, which may span lines inside quotes; null at the end of the file.
    private static List<Field>? Record(StreamReader reader, string file, ref int line)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }
        var fields = new List<Field>();
        var text = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        while (true)
        {
            var c = reader.Read();
            if (inQuotes)
            {
                if (c < 0)
                {
                    throw new DatasetException($"{file}:{line}: a quoted field is not closed");
                }
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        text.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    text.Append((char)c);
                }
                continue;
            }
            if (c is < 0 or '\n' or ',')
            {
                fields.Add(new Field(text.ToString(), quoted));
                text.Clear();
                quoted = false;
                if (c != ',')
                {
                    line++;
                    return fields;
                }
                continue;
            }
            if (c == '\r')
            {
                continue;
            }
            if (c == '"' && text.Length == 0 && !quoted)
            {
                inQuotes = quoted = true;
                continue;
            }
            text.Append((char)c);
        }
    }
}
