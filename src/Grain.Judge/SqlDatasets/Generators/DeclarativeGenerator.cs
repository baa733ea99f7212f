namespace Grain.Judge.SqlDatasets.Generators;

/// <summary>
/// Fills the tables of a dataset's <c>generate:</c> block: each column from its own seeded random stream, so the same
/// size and seed always give the same rows, and changing one column's rule leaves the others as they were.
/// </summary>
public sealed class DeclarativeGenerator : IDatasetGenerator
{
    /// <summary>The generator id given to datasets with a <c>generate:</c> block.</summary>
    public const string GeneratorId = "declarative";

    public string Id => GeneratorId;

    public IEnumerable<TableRows> Generate(DatasetDefinition dataset, long size, int seed)
    {
        var spec = dataset.Generate ?? throw new DatasetException($"{dataset.Path}:1: no 'generate:' block");
        var generated = new Dictionary<string, object?[]>(StringComparer.OrdinalIgnoreCase);
        var result = new List<TableRows>();
        for (var t = 0; t < spec.Tables.Count; t++)
        {
            var table = spec.Tables[t];
            var count = (int)Math.Clamp((long)Math.Round(table.Rows * size), table.MinRows, 50_000_000);
            var columns = new object?[table.Columns.Count][];
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var random = new Random(unchecked(seed * 1_000_003 + t * 7919 + c * 131 + 17));
                columns[c] = Fill(table.Columns[c], count, random, generated, table, columns);
                generated[table.Table + "." + table.Columns[c].Column.Name] = columns[c];
            }
            var definition = dataset.Table(table.Table)!;
            var order = definition.Columns.Select(d => table.Columns.ToList().FindIndex(s => s.Column.Name == d.Name)).ToArray();
            result.Add(new TableRows(table.Table, Rows(columns, order, count)));
        }
        return result;
    }

    private static IEnumerable<object?[]> Rows(object?[][] columns, int[] order, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var row = new object?[order.Length];
            for (var c = 0; c < order.Length; c++)
            {
                row[c] = columns[order[c]][i];
            }
            yield return row;
        }
    }

    private static object?[] Fill(ColumnSpec spec, int count, Random random, Dictionary<string, object?[]> generated, TableSpec table, object?[][] sameRow)
    {
        var values = new object?[count];
        var column = spec.Column;
        object?[]? target = spec.Kind is ColumnKind.Reference r
            ? generated.GetValueOrDefault(r.Table + "." + r.Column) ?? throw new DatasetException($"reference {r.Table}.{r.Column} is not generated yet")
            : null;
        object?[]? source = spec.Kind is ColumnKind.After a
            ? sameRow[table.Columns.ToList().FindIndex(s => string.Equals(s.Column.Name, a.Column, StringComparison.OrdinalIgnoreCase))]
            : null;
        double[]? cumulative = spec.Kind is ColumnKind.Choice choice ? Cumulative(choice.Weights) : null;
        for (var i = 0; i < count; i++)
        {
            var draw = random.NextDouble();
            if (draw < spec.Nulls)
            {
                values[i] = null;
                continue;
            }
            if (i > 0 && random.NextDouble() < spec.Duplicates)
            {
                values[i] = values[random.Next(i)];
                continue;
            }
            values[i] = spec.Kind switch
            {
                ColumnKind.Serial s => Coerce(column, s.Start + i),
                ColumnKind.Range range => Number(column, range, random),
                ColumnKind.Choice c => c.Values[Pick(cumulative!, random.NextDouble())],
                ColumnKind.Reference reference => target!.Length == 0 ? null : target[Skewed(target.Length, reference.Skew, random)],
                ColumnKind.Moment m => Time(column, m.From.AddSeconds(Math.Floor((m.To - m.From).TotalSeconds * random.NextDouble()))),
                ColumnKind.After after => source![i] switch
                {
                    DateTime start => Time(column, start.AddMinutes(Math.Round(after.MinMinutes + (after.MaxMinutes - after.MinMinutes) * random.NextDouble()))),
                    DateOnly day => Time(column, day.ToDateTime(TimeOnly.MinValue).AddMinutes(after.MinMinutes + (after.MaxMinutes - after.MinMinutes) * random.NextDouble())),
                    _ => null,
                },
                ColumnKind.Pattern p => Coerce(column, Expand(p.Text, i + 1, random)),
                _ => null,
            };
        }
        return values;
    }

    private static object Number(ColumnDefinition column, ColumnKind.Range range, Random random)
    {
        if (column.Type == ColumnType.Integer)
        {
            return random.NextInt64((long)range.Min, (long)range.Max + 1);
        }
        var value = range.Min + (range.Max - range.Min) * random.NextDouble();
        return column.Type switch
        {
            ColumnType.Decimal => Math.Round((decimal)value, range.Scale, MidpointRounding.AwayFromZero),
            ColumnType.Real => Math.Round(value, range.Scale),
            _ => Coerce(column, Math.Round(value, range.Scale)),
        };
    }

    private static object Coerce(ColumnDefinition column, object value) => column.Type switch
    {
        ColumnType.Integer => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        ColumnType.Decimal => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        ColumnType.Real => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        ColumnType.Text => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
        _ => DatasetFileReader.Parse("generate", column, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))!,
    };

    private static object Time(ColumnDefinition column, DateTime value) =>
        column.Type == ColumnType.Date ? DateOnly.FromDateTime(value) : value;

    private static int Skewed(int n, double skew, Random random) =>
        skew <= 0 ? random.Next(n) : Math.Min(n - 1, (int)(n * Math.Pow(random.NextDouble(), 1 + skew)));

    private static double[] Cumulative(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var cumulative = new double[weights.Count];
        var running = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            running += weights[i] / total;
            cumulative[i] = running;
        }
        return cumulative;
    }

    private static int Pick(double[] cumulative, double u)
    {
        for (var i = 0; i < cumulative.Length; i++)
        {
            if (u < cumulative[i])
            {
                return i;
            }
        }
        return cumulative.Length - 1;
    }

    private static string Expand(string pattern, long row, Random random)
    {
        var text = pattern.Replace("{n}", row.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '#' => (char)('0' + random.Next(10)),
                '?' => (char)('A' + random.Next(26)),
                var c => c,
            };
        }
        return new string(chars);
    }
}
