namespace Grain.Judge.SqlDatasets.Generators;

/// <summary>
/// A star schema: two years of dates, customers in segments and regions, products in categories, and order lines
/// whose volume grows month by month with a seasonal swing.
/// </summary>
public sealed class OrdersGenerator : IDatasetGenerator
{
    private static readonly DateOnly First = new(2023, 1, 1);
    private static readonly DateOnly Last = new(2024, 12, 31);

    public string Id => "orders";

    public IEnumerable<TableRows> Generate(DatasetDefinition dataset, long size, int seed)
    {
        var random = new Random(seed);
        var segments = dataset.Words("segments", "consumer,small business,enterprise");
        var regions = dataset.Words("regions", "north,south,east,west");
        var categories = dataset.Words("categories", "books,games,garden,kitchen,music,office,sports,toys");
        var customerCount = Math.Max(20, size / 20);
        var productCount = Math.Clamp(size / 50, 24, 2000);
        var customers = new List<object?[]>();
        for (long key = 1; key <= customerCount; key++)
        {
            customers.Add([key, $"C{key:D6}", $"Customer {key}", segments[random.Next(segments.Length)], regions[random.Next(regions.Length)]]);
        }
        var prices = new double[productCount + 1];
        var products = new List<object?[]>();
        for (long key = 1; key <= productCount; key++)
        {
            prices[key] = 2 + random.NextDouble() * random.NextDouble() * 300;
            products.Add([key, $"SKU-{key:D5}", $"Product {key}", categories[(int)((key - 1) % categories.Length)], DatasetGenerators.Money(prices[key])]);
        }
        var dates = new List<object?[]>();
        var weights = new List<double>();
        for (var d = First; d <= Last; d = d.AddDays(1))
        {
            dates.Add([(long)(d.Year * 10000 + d.Month * 100 + d.Day), d, (long)d.Year, (long)((d.Month + 2) / 3), (long)d.Month, d.DayOfWeek.ToString()]);
            var monthIndex = (d.Year - First.Year) * 12 + d.Month - 1;
            weights.Add((1 + 0.04 * monthIndex) * (1 + 0.3 * Math.Sin(monthIndex / 12.0 * 2 * Math.PI)) * (0.5 + random.NextDouble()));
        }
        return
        [
            new TableRows("dim_date", dates),
            new TableRows("dim_customer", customers),
            new TableRows("dim_product", products),
            new TableRows("fact_orders", Lines(size, seed, dates, weights, customerCount, productCount, prices)),
        ];
    }

    private static IEnumerable<object?[]> Lines(long size, int seed, List<object?[]> dates, List<double> weights, long customers, long products, double[] prices)
    {
        var random = new Random(seed * 17 + 3);
        var cumulative = new double[weights.Count];
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
            cumulative[i] = total;
        }
        long produced = 0;
        long order = 1000;
        while (produced < size)
        {
            order += 1 + random.Next(3);
            var day = Array.BinarySearch(cumulative, random.NextDouble() * total);
            var dateKey = (long)dates[day < 0 ? Math.Min(~day, dates.Count - 1) : day][0]!;
            var customer = 1 + (long)(Math.Pow(random.NextDouble(), 1.5) * customers);
            var lines = 1 + random.Next(4);
            for (var line = 1; line <= lines && produced < size; line++, produced++)
            {
                var product = 1 + random.NextInt64(products);
                var quantity = 1L + (random.NextDouble() < 0.8 ? 0 : random.Next(5));
                var amount = DatasetGenerators.Money(prices[product] * quantity * (random.NextDouble() < 0.25 ? 0.9 : 1.0));
                yield return [order, (long)line, dateKey, Math.Min(customer, customers), product, quantity, amount];
            }
        }
    }
}
