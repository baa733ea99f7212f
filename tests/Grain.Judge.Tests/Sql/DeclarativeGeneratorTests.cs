using Grain.Judge.SqlDatasets;
using Grain.Judge.SqlDatasets.Generators;
using Grain.Testing;

namespace Grain.Judge.Tests.Sql;

/// <summary>The declarative <c>generate:</c> rules that relate rows: copied values, referenced shares and word patterns.</summary>
public sealed class DeclarativeGeneratorTests
{
    private const string Store = """
        id: store
        tables:
          - name: products
            primary_key: [product_id]
            columns: [product_id integer, title text, list_price decimal]
          - name: sales
            primary_key: [sale_id]
            columns: [sale_id integer, product_id integer, price decimal]
        example:
          products:
            - [1, Lamp 1, 10.25]
          sales:
            - [1, 1, 10.25]
        generate:
          products:
            rows: 0.05
            min_rows: 10
            columns:
              product_id: {serial: 1}
              title: {pattern: "{word} {n}", words: [Lamp, Desk, Chair]}
              list_price: {range: [5, 500], scale: 2}
          sales:
            rows: 1
            columns:
              sale_id: {serial: 1}
              product_id: {ref: products.product_id, share: 0.8}
              price: {copy: {via: product_id, column: list_price, factor: [0.5, 0.9], share: 0.25}}
        """;

    private static DatasetDefinition Load(string yaml)
    {
        var root = TestFolders.Fresh("grain-declarative-");
        var folder = Directory.CreateDirectory(Path.Combine(root, "datasets", "store")).FullName;
        File.WriteAllText(Path.Combine(folder, "dataset.yaml"), yaml);
        var catalog = DatasetCatalog.Load([root]);
        catalog.Diagnostics.ShouldBeEmpty();
        return catalog.Get("store");
    }

    private static Dictionary<string, List<object?[]>> Generate(DatasetDefinition dataset, long size, int seed) =>
        DatasetGenerators.RowsFor(dataset, new DatasetRef(dataset.Id, size, seed, [])).ToDictionary(t => t.Table, t => t.Rows.ToList());

    [Fact]
    public void Should_Copy_The_Referenced_Rows_Value_And_Vary_A_Share_Of_It_By_The_Factor()
    {
        // Given
        var tables = Generate(Load(Store), 4000, 7);
        var listPrice = tables["products"].ToDictionary(r => (long)r[0]!, r => (decimal)r[2]!);

        // When
        var sales = tables["sales"];
        var exact = sales.Count(s => (decimal)s[2]! == listPrice[(long)s[1]!]);
        var discounted = sales.Where(s => (decimal)s[2]! != listPrice[(long)s[1]!]).ToList();

        // Then
        sales.Count.ShouldBe(4000);
        exact.ShouldBeInRange(2700, 3300);
        discounted.ShouldAllBe(s => (decimal)s[2]! >= Math.Round(listPrice[(long)s[1]!] * 0.5m, 2) && (decimal)s[2]! <= Math.Round(listPrice[(long)s[1]!] * 0.9m, 2));
        discounted.ShouldAllBe(s => decimal.Round((decimal)s[2]!, 2) == (decimal)s[2]!);
    }

    [Fact]
    public void Should_Leave_The_Rows_Outside_The_Referenced_Share_Without_Children()
    {
        // Given
        var tables = Generate(Load(Store), 4000, 7);

        // When
        var referenced = tables["sales"].Select(s => (long)s[1]!).ToHashSet();
        var products = tables["products"].Select(p => (long)p[0]!).ToList();

        // Then
        products.Count.ShouldBe(200);
        referenced.ShouldAllBe(id => products.Contains(id));
        referenced.Count.ShouldBe(160);
    }

    [Fact]
    public void Should_Fill_A_Pattern_With_Words_From_Its_List_And_The_Row_Number()
    {
        // When
        var titles = Generate(Load(Store), 400, 3)["products"].Select(p => (string)p[1]!).ToList();

        // Then
        titles.Count.ShouldBe(20);
        titles.ShouldAllBe(t => t.StartsWith("Lamp ") || t.StartsWith("Desk ") || t.StartsWith("Chair "));
        titles.Select(t => t[(t.IndexOf(' ') + 1)..]).ShouldBe(Enumerable.Range(1, 20).Select(n => n.ToString()));
    }

    [Theory]
    [InlineData("{copy: {via: sale_id, column: list_price}}", "copy.via 'sale_id' should name an earlier ref column of sales")]
    [InlineData("{copy: {via: product_id, column: colour}}", "copy.column 'colour' is not a column of products")]
    [InlineData("{copy: {via: product_id, column: list_price, factor: [0.9, 0.5]}}", "factor should be [min, max]")]
    [InlineData("{copy: {via: product_id, column: list_price, share: 1.5}}", "share is a share between 0 and 1")]
    public void Should_Report_A_Broken_Copy_Rule_At_Its_Line(string rule, string message)
    {
        // Given
        var yaml = Store.Replace("{copy: {via: product_id, column: list_price, factor: [0.5, 0.9], share: 0.25}}", rule, StringComparison.Ordinal);
        var root = TestFolders.Fresh("grain-declarative-bad-");
        var folder = Directory.CreateDirectory(Path.Combine(root, "datasets", "store")).FullName;
        File.WriteAllText(Path.Combine(folder, "dataset.yaml"), yaml);

        // When
        var diagnostic = DatasetCatalog.Load([root]).Diagnostics.ShouldHaveSingleItem();

        // Then
        diagnostic.Message.ShouldContain(message);
        diagnostic.Line.ShouldBe(yaml.Split('\n').ToList().FindIndex(l => l.Contains("price: {copy", StringComparison.Ordinal)) + 1);
    }

    [Fact]
    public void Should_Keep_The_Shop_Traps_In_Its_Declarative_Hidden_Data()
    {
        // Given
        var shop = DatasetCatalog.Load([RepoPaths.Content]).Get("shop");

        // When
        var tables = Generate(shop, 20_000, 101);
        var customers = tables["Customer"];
        var items = tables["Item"].ToDictionary(r => (long)r[0]!, r => (decimal)r[2]!);
        var bought = tables["BoughtItem"];

        // Then
        shop.Generator.ShouldBe(DeclarativeGenerator.GeneratorId);
        customers.Count.ShouldBe(2000);
        customers.Select(c => c[1]).Distinct().Count().ShouldBeLessThan(customers.Count / 10);
        customers.Count(c => (string)c[2]! == "Quinn").ShouldBeGreaterThan(20);
        var buyers = bought.Select(b => (long)b[1]!).ToHashSet();
        customers.Count(c => !buyers.Contains((long)c[0]!)).ShouldBeInRange(250, 350);
        items.Keys.Count(i => bought.All(b => (long)b[2]! != i)).ShouldBeGreaterThanOrEqualTo(items.Count / 10);
        bought.Count(b => (decimal)b[3]! == items[(long)b[2]!]).ShouldBeInRange(15_000, 17_000);
        bought.Where(b => (decimal)b[3]! != items[(long)b[2]!]).ShouldAllBe(b => (decimal)b[3]! < items[(long)b[2]!]);
    }
}
