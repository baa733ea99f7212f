namespace Grain.Judge.SqlDatasets.Generators;

/// <summary>Daily closing prices per symbol on weekdays, as random walks, with a few missing days (holidays).</summary>
public sealed class PricesGenerator : IDatasetGenerator
{
    public string Id => "prices";

    public IEnumerable<TableRows> Generate(DatasetDefinition dataset, long size, int seed)
    {
        var symbols = Math.Clamp(size / 250, 3, 4000);
        var perSymbol = Math.Max(1, size / symbols);
        return [new TableRows("prices", Rows(symbols, perSymbol, seed))];
    }

    private static IEnumerable<object?[]> Rows(long symbols, long perSymbol, int seed)
    {
        var random = new Random(seed);
        for (var s = 0; s < symbols; s++)
        {
            var symbol = Symbol(s);
            var price = 10 + random.NextDouble() * 400;
            var day = new DateOnly(2020, 1, 1).AddDays(random.Next(30));
            for (long n = 0; n < perSymbol;)
            {
                day = day.AddDays(1);
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || random.NextDouble() < 0.02)
                {
                    continue;
                }
                price = Math.Max(1, price * (1 + (random.NextDouble() - 0.49) * 0.04));
                yield return [symbol, day, DatasetGenerators.Money(price), (long)(1000 + random.Next(1_000_000))];
                n++;
            }
        }
    }

    private static string Symbol(int index)
    {
        Span<char> letters = stackalloc char[4];
        for (var i = 3; i >= 0; i--)
        {
            letters[i] = (char)('A' + index % 26);
            index /= 26;
        }
        return new string(letters);
    }
}
