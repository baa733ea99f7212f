namespace Grain.Judge.SqlDatasets.Generators;

/// <summary>
/// Users who sign up over two months, then browse in sessions (gaps of exactly 30 minutes included), add to cart
/// and buy; about 1% of events are repeated by client retries; a tenth of users never come back at all.
/// </summary>
public sealed class ClickstreamGenerator : IDatasetGenerator
{
    private static readonly DateTime Start = new(2024, 1, 1);

    public string Id => "clickstream";

    public IEnumerable<TableRows> Generate(DatasetDefinition dataset, long size, int seed)
    {
        var countries = dataset.Words("countries", "US,DE,FR,IN,BR,JP,GB");
        var duplicateShare = dataset.Setting("duplicate_share", 0.01);
        var random = new Random(seed);
        var userCount = (int)Math.Max(10, size / dataset.Setting("events_per_user", 40));
        var users = new List<object?[]>(userCount);
        var cursor = new DateTime[userCount + 1];
        for (var id = 1; id <= userCount; id++)
        {
            var day = random.Next(60);
            // The signup form was down on some days: the date spine has real gaps to fill.
            while (day % 11 == 5)
            {
                day = random.Next(60);
            }
            var signup = DateOnly.FromDateTime(Start.AddDays(day));
            users.Add([(long)id, signup, countries[random.Next(countries.Length)]]);
            cursor[id] = signup.ToDateTime(new TimeOnly(random.Next(6, 22), random.Next(60), random.Next(60)));
        }
        var active = Enumerable.Range(1, userCount).Where(_ => random.NextDouble() >= 0.1).ToArray();
        if (active.Length == 0)
        {
            active = [1];
        }
        var events = new List<object?[]>((int)Math.Min(size, int.MaxValue));
        while (events.Count < size)
        {
            // A few heavy users: squaring a uniform number skews picks towards the front.
            var user = active[(int)(Math.Pow(random.NextDouble(), 2) * active.Length)];
            var time = cursor[user];
            var length = 1 + random.Next(8);
            var carted = false;
            for (var e = 0; e < length && events.Count < size; e++)
            {
                if (e > 0)
                {
                    time = random.NextDouble() < 0.05 ? time.AddMinutes(30) : time.AddMinutes(1 + random.Next(28)).AddSeconds(random.Next(60));
                }
                var (type, page) = Step(random, e, ref carted);
                object?[] row = [0L, (long)user, time, type, random.NextDouble() < 0.03 ? null : page];
                events.Add(row);
                if (random.NextDouble() < duplicateShare && events.Count < size)
                {
                    events.Add((object?[])row.Clone());
                }
            }
            var gapMinutes = random.NextDouble() switch
            {
                < 0.1 => 31,
                < 0.6 => 31 + random.Next(24 * 60),
                _ => 24 * 60 + random.Next(3 * 24 * 60),
            };
            cursor[user] = time.AddMinutes(gapMinutes).AddSeconds(random.Next(60));
        }
        // Ids in random order: nothing may rely on event_id following time.
        var ids = Enumerable.Range(1, events.Count).Select(i => (long)i).ToArray();
        random.Shuffle(ids);
        for (var i = 0; i < events.Count; i++)
        {
            events[i][0] = ids[i];
        }
        return [new TableRows("users", users), new TableRows("events", events)];
    }

    private static (string Type, string Page) Step(Random random, int index, ref bool carted)
    {
        if (index > 0 && carted && random.NextDouble() < 0.4)
        {
            carted = false;
            return ("purchase", "/checkout");
        }
        if (index > 0 && random.NextDouble() < 0.2)
        {
            carted = true;
            return ("cart", "/cart");
        }
        return ("view", $"/product/{1 + random.Next(300)}");
    }
}
