using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Grain.Core.Learning;
using Grain.Core.Learning.Fsrs;
using Grain.Store;

namespace Grain.Cli.Commands;

/// <summary>
/// <c>grain bench srs</c>: builds today's review queue for a user with many cards and review logs on SQLite (p50, goal ≤ 10 ms),
/// against a store round trip measured in the same run; and FSRS scheduling throughput against a retrievability loop.
/// </summary>
internal static class SrsBench
{
    public static Command Create(CliEnvironment env)
    {
        var cards = new Option<int>("--cards") { Description = "Cards of the user", DefaultValueFactory = _ => 10_000 };
        var logs = new Option<int>("--logs") { Description = "Review logs of the user", DefaultValueFactory = _ => 100_000 };
        var runs = new Option<int>("--runs") { Description = "Timed queue builds", DefaultValueFactory = _ => 50 };
        var command = new Command("srs", "Review queue build time and FSRS scheduling throughput") { cards, logs, runs };
        command.SetAction(async (parse, ct) =>
        {
            var cardCount = parse.GetValue(cards);
            var logCount = parse.GetValue(logs);
            var runCount = parse.GetValue(runs);
            if (cardCount < 1 || logCount < cardCount || runCount < 1)
            {
                throw new UsageException("need --cards ≥ 1, --logs ≥ --cards and --runs ≥ 1");
            }
            var dir = Path.Combine(Path.GetTempPath(), "grain-bench-srs-" + Guid.NewGuid().ToString("N"));
            try
            {
                await RunAsync(env, dir, cardCount, logCount, runCount, ct);
            }
            finally
            {
                try
                {
                    Directory.Delete(dir, true);
                }
                catch (IOException)
                {
                    // best effort: a temp folder left behind is harmless
                }
            }
            return GrainCli.Ok;
        });
        return command;
    }

    private static async Task RunAsync(CliEnvironment env, string dir, int cardCount, int logCount, int runs, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var scheduler = new FsrsScheduler(new FsrsOptions { EnableFuzz = true }, new Random(42).NextDouble);
        await using var store = await GrainStore.OpenSqliteAsync(Path.Combine(dir, GrainStore.FileName), ct);
        var user = await store.GetOrCreateUserAsync(IGrainStore.LocalUser, ct);
        var fill = Stopwatch.StartNew();
        await FillAsync(store, user, scheduler, cardCount, logCount, now, ct);
        fill.Stop();
        var newIds = Enumerable.Range(0, 500).Select(i => $"unseen-{i:D4}").ToList();
        var dueCount = 0;
        var queueLength = 0;
        async Task BuildQueue()
        {
            var due = await store.GetDueCardsAsync(user, now, ReviewQueue.DefaultMaxReviewsPerDay, ct);
            dueCount = await store.CountDueAsync(user, now, ct);
            var introduced = await store.CountIntroducedAsync(user, now.AddDays(-1), now, ct);
            queueLength = ReviewQueue.Build(scheduler, due, newIds, now, introduced).Count;
        }
        var queue = await TimeAsync(BuildQueue, runs);
        var allDue = await TimeAsync(async () => ReviewQueue.Build(scheduler, await store.GetDueCardsAsync(user, now, ct: ct), newIds, now), runs);
        var roundTrip = await TimeAsync(() => store.SchemaVersionAsync(ct), runs);
        var (scheduled, perSecond) = SchedulingThroughput(scheduler, now);
        var (_, baselinePerSecond) = RetrievabilityThroughput(scheduler.Model);
        var w = env.Out;
        w.WriteLine(Inv($"srs: {cardCount} cards, {logCount} review logs, {dueCount} due now (SQLite WAL; filled in {fill.Elapsed.TotalSeconds:0.0} s)"));
        w.WriteLine(Inv($"queue             {queueLength} entries: the {ReviewQueue.DefaultMaxReviewsPerDay} least-recalled due items, then up to {ReviewQueue.DefaultNewPerDay} new"));
        w.WriteLine(Inv($"queue build       p50 {queue.P50:0.00} ms  p90 {queue.P90:0.00} ms  (goal p50 <= 10 ms: {(queue.P50 <= 10 ? "met" : "NOT met")})"));
        w.WriteLine(Inv($"all due, unlimited p50 {allDue.P50:0.00} ms  p90 {allDue.P90:0.00} ms  ({dueCount} due items read and ordered)"));
        w.WriteLine(Inv($"baseline          store round trip p50 {roundTrip.P50:0.000} ms; ratio {queue.P50 / roundTrip.P50:0.0}x"));
        w.WriteLine(Inv($"fsrs scheduling   {perSecond / 1e6:0.00} M reviews/s ({scheduled} reviews)"));
        w.WriteLine(Inv($"baseline          retrievability {baselinePerSecond / 1e6:0.00} M/s; scheduling costs {baselinePerSecond / perSecond:0.0}x a retrievability"));
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static async Task FillAsync(IGrainStore store, long user, FsrsScheduler scheduler, int cardCount, int logCount, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(7);
        var batch = new List<ReviewOutcome>(10_000);
        for (var i = 0; i < cardCount; i++)
        {
            var reviews = logCount / cardCount + (i < logCount % cardCount ? 1 : 0);
            // Reviews spread evenly over a history of 60 to 400 days, the last one before now.
            var first = now.AddDays(-random.Next(60, 400));
            var step = (now - first) / reviews;
            var card = SrsCard.New($"card-{i:D5}", first);
            for (var j = 0; j < reviews; j++)
            {
                var rating = random.NextDouble() < 0.1 ? Rating.Again : (Rating)random.Next(2, 5);
                var outcome = scheduler.Review(card, rating, first + step * j);
                batch.Add(outcome);
                card = outcome.Card;
            }
            if (batch.Count >= 10_000)
            {
                await store.SaveReviewsAsync(user, "card", batch, ct);
                batch.Clear();
            }
        }
        await store.SaveReviewsAsync(user, "card", batch, ct);
    }

    private static async Task<(double P50, double P90)> TimeAsync(Func<Task> action, int runs)
    {
        for (var i = 0; i < 3; i++)
        {
            await action();
        }
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)(times.Count * 0.9))]);
    }

    private static (int Count, double PerSecond) SchedulingThroughput(FsrsScheduler scheduler, DateTimeOffset now)
    {
        var cards = Enumerable.Range(0, 1000)
            .Select(i => new SrsCard($"c{i}", CardState.Review, 0, 1 + i % 200, 1 + i % 9, now, now.AddDays(-(1 + i % 60)), 5, 0)).ToArray();
        const int count = 1_000_000;
        var watch = Stopwatch.StartNew();
        var sink = 0.0;
        for (var i = 0; i < count; i++)
        {
            sink += scheduler.Review(cards[i % cards.Length], (Rating)(1 + i % 4), now).Card.Stability!.Value;
        }
        watch.Stop();
        GC.KeepAlive(sink);
        return (count, count / watch.Elapsed.TotalSeconds);
    }

    private static (int Count, double PerSecond) RetrievabilityThroughput(FsrsModel model)
    {
        const int count = 10_000_000;
        var watch = Stopwatch.StartNew();
        var sink = 0.0;
        for (var i = 0; i < count; i++)
        {
            sink += model.Retrievability(i % 100, 1 + i % 200);
        }
        watch.Stop();
        GC.KeepAlive(sink);
        return (count, count / watch.Elapsed.TotalSeconds);
    }
}
