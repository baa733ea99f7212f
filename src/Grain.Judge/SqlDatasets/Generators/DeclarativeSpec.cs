using System.Globalization;

namespace Grain.Judge.SqlDatasets.Generators;

/// <summary>One table of a declarative generator: how many rows (a multiple of the case size) and how each column is filled.</summary>
public sealed record TableSpec(string Table, double Rows, long MinRows, IReadOnlyList<ColumnSpec> Columns);

/// <summary>How one column is filled; exactly one kind, plus shares of NULLs and of repeated values.</summary>
public sealed record ColumnSpec(ColumnDefinition Column, ColumnKind Kind)
{
    /// <summary>Share of rows (0..1) where the column is NULL.</summary>
    public double Nulls { get; init; }

    /// <summary>Share of rows (0..1) that repeat a value an earlier row of this column already has.</summary>
    public double Duplicates { get; init; }
}

/// <summary>The kinds of column generator.</summary>
public abstract record ColumnKind
{
    /// <summary>1, 2, 3, ... from a start.</summary>
    public sealed record Serial(long Start) : ColumnKind;

    /// <summary>A uniform number in [Min, Max], rounded to Scale decimals (integers: Scale 0).</summary>
    public sealed record Range(double Min, double Max, int Scale) : ColumnKind;

    /// <summary>One of the values, drawn with their weights.</summary>
    public sealed record Choice(IReadOnlyList<object?> Values, IReadOnlyList<double> Weights) : ColumnKind;

    /// <summary>
    /// A value of another table's column; Skew 0 is uniform, higher favours the first rows (hot keys). Only a Share of
    /// the other table's rows (a random subset, 1 = all) is ever referenced, so the rest have no children.
    /// </summary>
    public sealed record Reference(string Table, string Column, double Skew, double Share) : ColumnKind;

    /// <summary>
    /// The value of Column in the row that the same row's Via reference points at (an order line's price from its
    /// product); a Share of rows (0 = none) multiply it by a uniform factor in [FactorMin, FactorMax].
    /// </summary>
    public sealed record Copy(string Via, string Column, double FactorMin, double FactorMax, double Share) : ColumnKind;

    /// <summary>A date or timestamp uniform between From and To.</summary>
    public sealed record Moment(DateTime From, DateTime To) : ColumnKind;

    /// <summary>A date or timestamp some minutes after another column of the same row.</summary>
    public sealed record After(string Column, double MinMinutes, double MaxMinutes) : ColumnKind;

    /// <summary>Text from a pattern: # is a digit, ? an upper-case letter, {n} the row number, {word} one of Words.</summary>
    public sealed record Pattern(string Text, IReadOnlyList<string> Words) : ColumnKind;
}

/// <summary>The <c>generate:</c> block of a dataset: tables in the order they are generated.</summary>
public sealed record DeclarativeSpec(IReadOnlyList<TableSpec> Tables)
{
    internal static DeclarativeSpec From(string file, string text, IReadOnlyList<TableDefinition> tables, Dictionary<string, GenerateTableFile> raw)
    {
        var specs = new List<TableSpec>();
        var block = Math.Max(0, text.IndexOf("\ngenerate:", StringComparison.Ordinal));
        foreach (var (name, t) in raw)
        {
            var tableAt = KeyAt(text, block, name);
            var at = $"{file}:{LineAt(text, tableAt)}";
            var table = tables.FirstOrDefault(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new DatasetException($"{at}: generate: names unknown table '{name}'");
            if (t.Rows is not ({ } rows and > 0 and <= 1000))
            {
                throw new DatasetException($"{at}: {name}.rows should be a multiple of the case size between 0 and 1000 (e.g. 0.1 or 1)");
            }
            var columns = new List<ColumnSpec>();
            foreach (var column in table.Columns)
            {
                if (!t.Columns.TryGetValue(column.Name, out var c))
                {
                    throw new DatasetException($"{at}: generate.{name} has no rule for column '{column.Name}'");
                }
                columns.Add(Column($"{file}:{LineAt(text, KeyAt(text, tableAt, column.Name))}", column, c, specs, table, columns));
            }
            if (t.Columns.Keys.FirstOrDefault(k => table.Columns.All(c => !string.Equals(c.Name, k, StringComparison.OrdinalIgnoreCase))) is { } extra)
            {
                throw new DatasetException($"{file}:{LineAt(text, KeyAt(text, tableAt, extra))}: generate.{name} has a rule for unknown column '{extra}'");
            }
            specs.Add(new TableSpec(table.Name, rows, Math.Max(1, t.MinRows ?? 1), columns));
        }
        return new DeclarativeSpec(specs);
    }

    // Where a YAML key appears (as a key: at the start of a line or after '{' / ','), from an offset on.
    private static int KeyAt(string text, int from, string key)
    {
        for (var at = text.IndexOf(key + ":", from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key + ":", at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] is ' ' or '\n' or '\t' or '{' or ',')
            {
                return at;
            }
        }
        return from;
    }

    private static int LineAt(string text, int offset) => 1 + text.AsSpan(0, offset).Count('\n');

    private static ColumnSpec Column(string at, ColumnDefinition column, ColumnGenerateFile c, List<TableSpec> earlier, TableDefinition table, List<ColumnSpec> sameTable)
    {
        var kinds = new List<ColumnKind>();
        if (c.Serial is { } start)
        {
            kinds.Add(new ColumnKind.Serial(start));
        }
        if (c.Range is { } range)
        {
            if (range.Count != 2 || !double.TryParse(range[0], CultureInfo.InvariantCulture, out var min) || !double.TryParse(range[1], CultureInfo.InvariantCulture, out var max) || min > max)
            {
                throw new DatasetException($"{at}: {column.Name}.range should be [min, max]");
            }
            kinds.Add(new ColumnKind.Range(min, max, column.Type == ColumnType.Integer ? 0 : c.Scale ?? (column.Type == ColumnType.Real ? 6 : 2)));
        }
        if (c.Choice is { Count: > 0 } choice)
        {
            var weights = choice.Values.ToList();
            if (weights.Any(w => w < 0) || weights.Sum() <= 0)
            {
                throw new DatasetException($"{at}: {column.Name}.choice weights must be positive");
            }
            kinds.Add(new ColumnKind.Choice(choice.Keys.Select(v => DatasetFileReader.Parse(at, column, v)).ToList(), weights));
        }
        if (c.List is { Count: > 0 } list)
        {
            kinds.Add(new ColumnKind.Choice(list.Select(v => DatasetFileReader.Parse(at, column, v)).ToList(), list.Select(_ => 1.0).ToList()));
        }
        if (c.Ref is { } reference)
        {
            var parts = reference.Split('.');
            var target = parts.Length == 2 ? earlier.FirstOrDefault(s => string.Equals(s.Table, parts[0], StringComparison.OrdinalIgnoreCase)) : null;
            if (target is null || target.Columns.All(x => !string.Equals(x.Column.Name, parts[1], StringComparison.OrdinalIgnoreCase)))
            {
                throw new DatasetException($"{at}: {column.Name}.ref '{reference}' should name table.column of a table generated before {table.Name}");
            }
            if (c.Share is < 0 or > 1)
            {
                throw new DatasetException($"{at}: {column.Name}.share is a share between 0 and 1 of {target.Table}'s rows");
            }
            kinds.Add(new ColumnKind.Reference(target.Table, parts[1], c.Skew ?? 0, c.Share ?? 1));
        }
        if (c.Between is { } between)
        {
            if (column.Type is not (ColumnType.Date or ColumnType.Timestamp) || between.Count != 2)
            {
                throw new DatasetException($"{at}: {column.Name}.between is for date and timestamp columns: [from, to]");
            }
            var from = Moment(at, column, between[0]);
            var to = Moment(at, column, between[1]);
            if (from > to)
            {
                throw new DatasetException($"{at}: {column.Name}.between: {between[0]} is after {between[1]}");
            }
            kinds.Add(new ColumnKind.Moment(from, to));
        }
        if (c.After is { } after)
        {
            var source = table.Columns.TakeWhile(x => x != column).FirstOrDefault(x => string.Equals(x.Name, after.Column, StringComparison.OrdinalIgnoreCase));
            if (source is null || source.Type is not (ColumnType.Date or ColumnType.Timestamp) || column.Type is not (ColumnType.Date or ColumnType.Timestamp) || after.Minutes is not { Count: 2 } minutes)
            {
                throw new DatasetException($"{at}: {column.Name}.after needs 'column' (an earlier date or timestamp column of {table.Name}) and 'minutes: [min, max]'");
            }
            kinds.Add(new ColumnKind.After(source.Name, minutes[0], minutes[1]));
        }
        if (c.Copy is { } copy)
        {
            kinds.Add(Copy(at, column, copy, earlier, table, sameTable));
        }
        if (c.Pattern is { } pattern)
        {
            if (pattern.Contains("{word}", StringComparison.Ordinal) && c.Words is not { Count: > 0 })
            {
                throw new DatasetException($"{at}: {column.Name}.pattern uses {{word}}: give 'words: [..]'");
            }
            kinds.Add(new ColumnKind.Pattern(pattern, c.Words ?? []));
        }
        if (kinds.Count != 1)
        {
            throw new DatasetException($"{at}: column {column.Name} needs exactly one of serial, range, choice, list, ref, between, after, copy, pattern (found {kinds.Count})");
        }
        if (c.Nulls is < 0 or > 1 || c.Duplicates is < 0 or > 1)
        {
            throw new DatasetException($"{at}: {column.Name}: nulls and duplicates are shares between 0 and 1");
        }
        if (c.Nulls > 0 && !column.Nullable)
        {
            throw new DatasetException($"{at}: {column.Name} gets NULLs but is not declared 'null' in its table");
        }
        return new ColumnSpec(column, kinds[0]) { Nulls = c.Nulls ?? 0, Duplicates = c.Duplicates ?? 0 };
    }

    private static ColumnKind.Copy Copy(string at, ColumnDefinition column, CopyFile copy, List<TableSpec> earlier, TableDefinition table, List<ColumnSpec> sameTable)
    {
        var via = sameTable.FirstOrDefault(s => string.Equals(s.Column.Name, copy.Via, StringComparison.OrdinalIgnoreCase));
        if (via?.Kind is not ColumnKind.Reference reference)
        {
            throw new DatasetException($"{at}: {column.Name}.copy.via '{copy.Via}' should name an earlier ref column of {table.Name}");
        }
        var target = earlier.First(s => string.Equals(s.Table, reference.Table, StringComparison.OrdinalIgnoreCase));
        var source = target.Columns.FirstOrDefault(x => string.Equals(x.Column.Name, copy.Column, StringComparison.OrdinalIgnoreCase))
            ?? throw new DatasetException($"{at}: {column.Name}.copy.column '{copy.Column}' is not a column of {target.Table}");
        if (source.Column.Type != column.Type)
        {
            throw new DatasetException($"{at}: {column.Name}.copy.column {target.Table}.{source.Column.Name} is {source.Column.DeclaredType}, {column.Name} is {column.DeclaredType}");
        }
        var factor = copy.Factor ?? [1, 1];
        if (factor.Count != 2 || factor[0] > factor[1] || factor[0] < 0)
        {
            throw new DatasetException($"{at}: {column.Name}.copy.factor should be [min, max] with 0 <= min <= max");
        }
        if (copy.Share is < 0 or > 1)
        {
            throw new DatasetException($"{at}: {column.Name}.copy.share is a share between 0 and 1 of the rows the factor applies to");
        }
        if (copy.Factor is not null && column.Type is not (ColumnType.Integer or ColumnType.Decimal or ColumnType.Real))
        {
            throw new DatasetException($"{at}: {column.Name}.copy.factor is for number columns");
        }
        return new ColumnKind.Copy(via.Column.Name, source.Column.Name, factor[0], factor[1], copy.Factor is null ? 0 : copy.Share ?? 1);
    }

    private static DateTime Moment(string at, ColumnDefinition column, string text) =>
        DatasetFileReader.Parse(at, column with { Type = ColumnType.Timestamp }, text.Length == 10 ? text + " 00:00:00" : text) is DateTime t ? t
            : throw new DatasetException($"{at}: '{text}' is not a date");
}

/// <summary>A table under <c>generate:</c> as written in YAML.</summary>
internal sealed class GenerateTableFile
{
    public double? Rows { get; set; }
    public long? MinRows { get; set; }
    public Dictionary<string, ColumnGenerateFile> Columns { get; set; } = [];
}

/// <summary>A column rule under <c>generate:</c> as written in YAML.</summary>
internal sealed class ColumnGenerateFile
{
    public long? Serial { get; set; }
    public List<string>? Range { get; set; }
    public int? Scale { get; set; }
    public Dictionary<string, double>? Choice { get; set; }
    public List<string>? List { get; set; }
    public string? Ref { get; set; }
    public double? Skew { get; set; }
    public List<string>? Between { get; set; }
    public AfterFile? After { get; set; }
    public string? Pattern { get; set; }
    public List<string>? Words { get; set; }
    public double? Share { get; set; }
    public CopyFile? Copy { get; set; }
    public double? Nulls { get; set; }
    public double? Duplicates { get; set; }
}

/// <summary>An <c>after:</c> rule as written in YAML.</summary>
internal sealed class AfterFile
{
    public string? Column { get; set; }
    public List<double>? Minutes { get; set; }
}

/// <summary>A <c>copy:</c> rule as written in YAML.</summary>
internal sealed class CopyFile
{
    public string? Via { get; set; }
    public string? Column { get; set; }
    public List<double>? Factor { get; set; }
    public double? Share { get; set; }
}
