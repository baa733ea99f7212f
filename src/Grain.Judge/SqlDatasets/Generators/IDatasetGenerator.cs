namespace Grain.Judge.SqlDatasets.Generators;

/// <summary>The generated rows of one table, in the table's column order.</summary>
public sealed record TableRows(string Table, IEnumerable<object?[]> Rows);

/// <summary>Writes a dataset's hidden rows for a size and seed, always the same rows for the same inputs.</summary>
public interface IDatasetGenerator
{
    /// <summary>The generator id named by <c>generator:</c> in dataset.yaml.</summary>
    string Id { get; }

    /// <summary>The rows of every table; <paramref name="size"/> is the row count of the main (fact) table.</summary>
    IEnumerable<TableRows> Generate(DatasetDefinition dataset, long size, int seed);
}

/// <summary>The built-in generators by id.</summary>
public static class DatasetGenerators
{
    private static readonly IReadOnlyDictionary<string, IDatasetGenerator> ById = new IDatasetGenerator[]
    {
        new ClickstreamGenerator(), new OrdersGenerator(), new PricesGenerator(), new EmployeesGenerator(),
        new DeclarativeGenerator(), new CsvHiddenData(),
    }.ToDictionary(g => g.Id);

    /// <summary>The generator of a dataset.</summary>
    public static IDatasetGenerator For(DatasetDefinition dataset) =>
        ById.TryGetValue(dataset.Generator, out var g) ? g
            : throw new DatasetException($"{dataset.Path}:1: no hidden data: unknown generator '{dataset.Generator}' (give 'generate:' rules, hidden/<seed>/*.csv files, or one of {string.Join(", ", ById.Keys.Order())})");

    /// <summary>The rows to load for a data reference: the example rows, or generated ones.</summary>
    public static IEnumerable<TableRows> RowsFor(DatasetDefinition dataset, DatasetRef data) =>
        data.Size is { } size
            ? For(dataset).Generate(dataset, size, data.Seed)
            : dataset.Tables.Select(t => new TableRows(t.Name, dataset.Example.TryGetValue(t.Name, out var rows) ? rows : []));

    internal static int Setting(this DatasetDefinition dataset, string name, int fallback) =>
        dataset.Settings.TryGetValue(name, out var v) && int.TryParse(v, out var n) ? n : fallback;

    internal static double Setting(this DatasetDefinition dataset, string name, double fallback) =>
        dataset.Settings.TryGetValue(name, out var v) && double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;

    internal static string[] Words(this DatasetDefinition dataset, string name, string fallback) =>
        (dataset.Settings.TryGetValue(name, out var v) ? v : fallback).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    internal static decimal Money(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);
}
