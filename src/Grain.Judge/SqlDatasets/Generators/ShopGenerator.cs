namespace Grain.Judge.SqlDatasets.Generators;

/// <summary>
/// The shop: customers whose first names repeat, some who never buy, items some of which are never bought,
/// and purchases at the list price or a discount.
/// </summary>
public sealed class ShopGenerator : IDatasetGenerator
{
    public string Id => "shop";

    public IEnumerable<TableRows> Generate(DatasetDefinition dataset, long size, int seed)
    {
        var firstNames = dataset.Words("first_names", "Ana,Ben,Chen,Dara,Eli,Femi,Gus,Hana,Ivan,Jo,Kai,Lea,Max,Nia,Omar,Pia,Raj,Sam,Tara,Uma");
        var lastNames = dataset.Words("last_names", "Abbott,Baker,Cruz,Diaz,Evans,Fischer,Garcia,Hughes,Ito,Jensen,Khan,Lopez,Moreau,Novak,Okafor,Park,Quinn,Rossi,Silva,Tanaka");
        var customers = Math.Max(20, size / dataset.Setting("purchases_per_customer", 10));
        var items = Math.Clamp(size / 100, 10, 5000);
        var nonBuyerShare = dataset.Setting("non_buyer_share", 0.15);
        var random = new Random(seed);
        var buyers = new List<long>();
        var customerRows = new List<object?[]>((int)customers);
        for (long id = 1; id <= customers; id++)
        {
            customerRows.Add([id, firstNames[random.Next(firstNames.Length)], lastNames[random.Next(lastNames.Length)]]);
            if (random.NextDouble() >= nonBuyerShare)
            {
                buyers.Add(id);
            }
        }
        var prices = new decimal[items + 1];
        var itemRows = new List<object?[]>((int)items);
        var nouns = dataset.Words("item_nouns", "Cable,Mouse,Monitor,Keyboard,Lamp,Chair,Desk,Headset,Webcam,Charger,Speaker,Tablet");
        for (long id = 1; id <= items; id++)
        {
            prices[id] = DatasetGenerators.Money(1 + random.NextDouble() * random.NextDouble() * 499);
            itemRows.Add([id, $"{nouns[random.Next(nouns.Length)]} {id}", prices[id]]);
        }
        // The last tenth of the catalogue is never bought.
        var buyable = Math.Max(1, items * 9 / 10);
        return
        [
            new TableRows("Customer", customerRows),
            new TableRows("Item", itemRows),
            new TableRows("BoughtItem", Purchases(size, seed, buyers, buyable, prices)),
        ];
    }

    private static IEnumerable<object?[]> Purchases(long size, int seed, List<long> buyers, long buyable, decimal[] prices)
    {
        var random = new Random(seed * 31 + 7);
        for (long order = 1; order <= size; order++)
        {
            var item = 1 + random.NextInt64(buyable);
            var price = random.NextDouble() < 0.2 ? DatasetGenerators.Money((double)prices[item] * (0.7 + random.NextDouble() * 0.25)) : prices[item];
            yield return [order, buyers[random.Next(buyers.Count)], item, price];
        }
    }
}
