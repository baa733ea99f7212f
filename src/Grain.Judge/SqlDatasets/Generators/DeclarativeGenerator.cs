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
            var picks = new int[table.Columns.Count][];
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var random = new Random(unchecked(seed * 1_000_003 + t * 7919 + c * 131 + 17));
                (columns[c], picks[c]) = Fill(table.Columns[c], count, random, generated, table, picks);
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

    // Returns the values and, for a reference column, the row of the referenced table each value came from (-1: none),
    // which a later copy rule of the same row reads through.
    private static (object?[] Values, int[] Picks) Fill(ColumnSpec spec, int count, Random random, Dictionary<string, object?[]> generated, TableSpec table, int[][] picks)
    {
        var values = new object?[count];
        var picked = spec.Kind is ColumnKind.Reference ? new int[count] : [];
        var column = spec.Column;
        int IndexOf(string name) => table.Columns.ToList().FindIndex(s => string.Equals(s.Column.Name, name, StringComparison.OrdinalIgnoreCase));
        object?[]? target = spec.Kind switch
        {
            ColumnKind.Reference r => generated.GetValueOrDefault(r.Table + "." + r.Column) ?? throw new DatasetException($"reference {r.Table}.{r.Column} is not generated yet"),
            ColumnKind.Copy copy when table.Columns[IndexOf(copy.Via)].Kind is ColumnKind.Reference via => generated[via.Table + "." + copy.Column],
            _ => null,
        };
        var sameRow = spec.Kind switch
        {
            ColumnKind.After a => generated[table.Table + "." + table.Columns[IndexOf(a.Column)].Column.Name],
            _ => null,
        };
        var viaRows = spec.Kind is ColumnKind.Copy c2 ? picks[IndexOf(c2.Via)] : null;
        var eligible = spec.Kind is ColumnKind.Reference { Share: < 1 } shared ? Eligible(target!.Length, shared.Share, random) : null;
        double[]? cumulative = spec.Kind is ColumnKind.Choice choice ? Cumulative(choice.Weights) : null;
        for (var i = 0; i < count; i++)
        {
            var draw = random.NextDouble();
            if (picked.Length > 0)
            {
                picked[i] = -1;
            }
            if (draw < spec.Nulls)
            {
                values[i] = null;
                continue;
            }
            if (i > 0 && random.NextDouble() < spec.Duplicates)
            {
                var earlier = random.Next(i);
                values[i] = values[earlier];
                if (picked.Length > 0)
                {
                    picked[i] = picked[earlier];
                }
                continue;
            }
            if (spec.Kind is ColumnKind.Reference reference)
            {
                var n = eligible?.Length ?? target!.Length;
                if (n > 0)
                {
                    var row = Skewed(n, reference.Skew, random);
                    picked[i] = eligible is null ? row : eligible[row];
                    values[i] = target![picked[i]];
                }
                continue;
            }
            values[i] = spec.Kind switch
            {
                ColumnKind.Serial s => Coerce(column, s.Start + i),
                ColumnKind.Range range => Number(column, range, random),
                ColumnKind.Choice c => c.Values[Pick(cumulative!, random.NextDouble())],
                ColumnKind.Copy copy => viaRows![i] < 0 ? null : Vary(column, target![viaRows[i]], copy, random),
                ColumnKind.Moment m => Time(column, m.From.AddSeconds(Math.Floor((m.To - m.From).TotalSeconds * random.NextDouble()))),
                ColumnKind.After after => sameRow![i] switch
                {
                    DateTime start => Time(column, start.AddMinutes(Math.Round(after.MinMinutes + (after.MaxMinutes - after.MinMinutes) * random.NextDouble()))),
                    DateOnly day => Time(column, day.ToDateTime(TimeOnly.MinValue).AddMinutes(after.MinMinutes + (after.MaxMinutes - after.MinMinutes) * random.NextDouble())),
                    _ => null,
                },
                ColumnKind.Pattern p => Coerce(column, Expand(p, i + 1, random)),
                _ => null,
            };
        }
        return (values, picked);
    }

    // A random subset of a table's rows, of the given share (at least one row when the table has any).
    private static int[] Eligible(int rows, double share, Random random)
    {
        var all = Enumerable.Range(0, rows).ToArray();
        random.Shuffle(all);
        var keep = rows == 0 ? 0 : Math.Max(1, (int)Math.Round(rows * share));
        var subset = all[..keep];
        Array.Sort(subset);
        return subset;
    }

    private static object? Vary(ColumnDefinition column, object? value, ColumnKind.Copy copy, Random random)
    {
        if (value is null || copy.Share <= 0 || random.NextDouble() >= copy.Share)
        {
            return value;
        }
        var factor = copy.FactorMin + (copy.FactorMax - copy.FactorMin) * random.NextDouble();
        return value switch
        {
            decimal d => Math.Round(d * (decimal)factor, Math.Max(2, (int)d.Scale), MidpointRounding.AwayFromZero),
            long l => (long)Math.Round(l * factor, MidpointRounding.AwayFromZero),
            double x => x * factor,
            _ => value,
        };
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

    private static string Expand(ColumnKind.Pattern pattern, long row, Random random)
    {
        var text = pattern.Text.Replace("{n}", row.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (pattern.Words.Count > 0)
        {
            text = text.Replace("{word}", pattern.Words[random.Next(pattern.Words.Count)], StringComparison.Ordinal);
        }
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
