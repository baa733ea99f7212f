namespace Grain.Judge.SqlDatasets.Generators;

/// <summary>Hidden data written by hand: <c>hidden/&lt;seed&gt;/&lt;table&gt;.csv</c> next to dataset.yaml; a case picks its folder by its seed.</summary>
public sealed class CsvHiddenData : IDatasetGenerator
{
    /// <summary>The generator id of datasets whose hidden data is CSV files.</summary>
    public const string GeneratorId = "csv";

    public string Id => GeneratorId;

    public IEnumerable<TableRows> Generate(DatasetDefinition dataset, long size, int seed)
    {
        var folder = Path.Combine(dataset.Folder, "hidden", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!Directory.Exists(folder))
        {
            throw new DatasetException($"{dataset.Path}:1: no hidden/{seed}/ folder of CSV files for the case with seed {seed}");
        }
        return dataset.Tables.Select(t => Path.Combine(folder, t.Name + ".csv") is var file && File.Exists(file)
            ? new TableRows(t.Name, CsvTable.Read(file, t))
            : new TableRows(t.Name, [])).ToList();
    }
}
