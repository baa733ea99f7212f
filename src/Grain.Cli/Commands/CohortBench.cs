using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Grain.Core.Content;
using Grain.Store;
using Grain.Web;
using Grain.Web.Submissions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Grain.Cli.Commands;

/// <summary>
/// <c>grain bench cohort</c>: Grain hosted for a cohort on PostgreSQL. Starts two web nodes with grading off, simulates
/// learners (review page, reviews, page views, Runs) and prints page p50/p99 against <c>/api/health</c> measured by the
/// same learners in the same run; then grades the same batch of Submits with 1, 2 and 4 workers (or the counts given)
/// and prints submissions graded per minute.
/// </summary>
internal static partial class CohortBench
{
    public static Command Create(CliEnvironment env)
    {
        var learners = new Option<int>("--learners") { Description = "Simulated learners (default 200)", DefaultValueFactory = _ => 200 };
        var workers = new Option<int[]>("--workers") { Description = "Worker counts to measure grading with (default 1 2 4)", AllowMultipleArgumentsPerToken = true };
        var seconds = new Option<int>("--seconds") { Description = "Seconds of simulated activity (default 30)", DefaultValueFactory = _ => 30 };
        var think = new Option<int>("--think-ms") { Description = "A learner's pause between two actions, in ms (default 1000)", DefaultValueFactory = _ => 1000 };
        var submissions = new Option<int>("--submissions") { Description = "Submits graded per worker count (default 96)", DefaultValueFactory = _ => 96 };
        var database = new Option<string?>("--database") { Description = "PostgreSQL server (default GRAIN_DB, then GRAIN_POSTGRES); the bench works in a schema of its own, dropped at the end" };
        var command = new Command("cohort", "Page latency and grading throughput of a cohort on PostgreSQL (web nodes and workers)")
        {
            learners, workers, seconds, think, submissions, database,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new Settings(parse.GetValue(learners), parse.GetValue(workers) is { Length: > 0 } w ? w : [1, 2, 4],
                parse.GetValue(seconds), parse.GetValue(think), parse.GetValue(submissions));
            if (settings.Learners is < 1 or > 5000 || settings.Seconds is < 1 or > 3600 || settings.ThinkMs is < 0 or > 60_000
                || settings.Submissions is < 1 or > 10_000 || settings.Workers.Any(n => n is < 1 or > 64))
            {
                throw new UsageException("--learners must be 1..5000, --seconds 1..3600, --think-ms 0..60000, --submissions 1..10000 and --workers 1..64");
            }
            var server = parse.GetValue(database) is { Length: > 0 } given ? given
                : env.Variable(GrainStore.ConnectionVariable) is { Length: > 0 } db ? db
                : env.Variable("GRAIN_POSTGRES") is { Length: > 0 } pg ? pg
                : throw new UsageException("grain bench cohort needs PostgreSQL: pass --database or set GRAIN_DB (or GRAIN_POSTGRES)");
            var library = env.LoadContent();
            var schema = "grain_bench_" + Guid.NewGuid().ToString("N")[..12];
            string connection;
            try
            {
                connection = await CreateSchemaAsync(server, schema, ct);
            }
            catch (Exception ex) when (ex is NpgsqlException or ArgumentException)
            {
                throw new UsageException($"cannot use the PostgreSQL server for the bench: {ex.Message}");
            }
            var work = Directory.CreateTempSubdirectory("grain-bench-cohort-").FullName;
            try
            {
                return await RunAsync(env, library, connection, work, settings, ct);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await DropSchemaAsync(server, schema);
                Directory.Delete(work, recursive: true);
            }
        });
        return command;
    }

    private sealed record Settings(int Learners, int[] Workers, int Seconds, int ThinkMs, int Submissions);

    private static async Task<int> RunAsync(CliEnvironment env, Content.ContentLibrary library, string connection, string work, Settings settings, CancellationToken ct)
    {
        var problem = library.Problems.FirstOrDefault(p => p.Language == "sql" && File.Exists(Path.Combine(p.Directory, p.ReferenceFile)))
            ?? throw new UsageException("the library has no SQL problem with a reference to grade");
        var reference = await File.ReadAllTextAsync(Path.Combine(problem.Directory, problem.ReferenceFile), ct);
        GrainWebOptions Options(string name, bool grade) =>
            ServeCommand.Options(env, Path.Combine(work, name), "http://127.0.0.1:0", null, library, connection, gradeInProcess: grade);

        var nodes = new[] { GrainWebApp.Build(Options("web-a", false)), GrainWebApp.Build(Options("web-b", false)) };
        foreach (var node in nodes)
        {
            await node.StartAsync(ct);
        }
        try
        {
            var urls = nodes.Select(n => new Uri(n.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First())).ToList();
            env.Out.WriteLine($"cohort bench: {settings.Learners} learners on 2 web nodes (grading off), PostgreSQL, {settings.Seconds} s, {settings.ThinkMs} ms between actions");
            var pages = await SimulateAsync(urls, library, problem, reference, settings, ct);
            var health = Figures.Of(pages.GetValueOrDefault("/api/health") ?? []);
            foreach (var (name, samples) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Print(env, name, Figures.Of(samples));
            }
            var review = Figures.Of(pages.GetValueOrDefault("/review") ?? []);
            var ratio = review.P99 / Math.Max(0.001, health.P99);
            env.Out.WriteLine($"review page p99 / health p99: {ratio:0.00}x; goal <= 2x: {(ratio <= 2 ? "met" : "NOT met")}");

            var store = nodes[0].Services.GetRequiredService<IGrainStore>();
            // The learners' Runs still waiting are graded first, untimed, so each batch below is only its own Submits.
            await GradeBatchAsync(Options("worker", true), store, problem.Id, reference, 2, 0, ct);
            var rates = new List<(int Workers, double PerMinute)>();
            foreach (var count in settings.Workers)
            {
                var perMinute = await GradeBatchAsync(Options("worker", true), store, problem.Id, reference, count, settings.Submissions, ct);
                rates.Add((count, perMinute));
                var speedup = perMinute / rates[0].PerMinute;
                env.Out.WriteLine($"grading with {count} worker{(count == 1 ? "" : "s")}: {settings.Submissions} Submits of {problem.Id}, {perMinute,7:0.0} graded/min, {speedup:0.00}x the first");
            }
            env.Out.WriteLine($"cores: {Environment.ProcessorCount}; goal: 2 workers >= 1.7x one worker on 2+ cores");
            return GrainCli.Ok;
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.StopAsync(CancellationToken.None);
                await node.DisposeAsync();
            }
        }
    }

    // Every learner sticks to one node (its antiforgery cookie is that node's) and loops: review page, health, a page,
    // every third round a review and every fifth a Run, then a pause. Latencies are kept per path.
    private static async Task<Dictionary<string, List<double>>> SimulateAsync(
        IReadOnlyList<Uri> urls, Content.ContentLibrary library, Problem problem, string reference, Settings settings, CancellationToken ct)
    {
        var samples = new ConcurrentDictionary<string, ConcurrentBag<double>>(StringComparer.Ordinal);
        var clients = urls.Select(u =>
        {
            var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), MaxConnectionsPerServer = settings.Learners }) { BaseAddress = u };
            return http;
        }).ToList();
        try
        {
            foreach (var http in clients)
            {
                var token = await TokenAsync(http, ct);
                http.DefaultRequestHeaders.Add("RequestVerificationToken", token);
            }
            var pagePaths = new[] { "/", "/library", $"/problems/{problem.Id}", "/progress" };
            // Warm-up, unmeasured: each node renders every page once.
            foreach (var http in clients)
            {
                foreach (var path in pagePaths.Append("/review").Append("/api/health"))
                {
                    (await http.GetAsync(path, ct)).Dispose();
                }
            }
            var stop = Stopwatch.StartNew();
            var duration = TimeSpan.FromSeconds(settings.Seconds);
            await Task.WhenAll(Enumerable.Range(0, settings.Learners).Select(async learner =>
            {
                var http = clients[learner % clients.Count];
                var random = new Random(learner);
                // Spread the learners' first actions over one pause.
                await Task.Delay(random.Next(settings.ThinkMs + 1), ct);
                for (var round = 0; stop.Elapsed < duration && !ct.IsCancellationRequested; round++)
                {
                    var review = await TimedAsync(samples, "/review", () => http.GetAsync("/review", ct));
                    await TimedAsync(samples, "/api/health", () => http.GetAsync("/api/health", ct));
                    var page = pagePaths[random.Next(pagePaths.Length)];
                    await TimedAsync(samples, page, () => http.GetAsync(page, ct));
                    if (round % 3 == 0 && ItemOf(review) is { } item)
                    {
                        await TimedAsync(samples, "POST /review", () => http.PostAsync("/review", new FormUrlEncodedContent([new("item", item), new("rating", "3")]), ct));
                    }
                    if (round % 5 == 0)
                    {
                        await TimedAsync(samples, "POST /api/submissions (Run)", () => http.PostAsync("/api/submissions", JsonContent(problem.Id, reference), ct));
                    }
                    await Task.Delay(settings.ThinkMs, ct);
                }
            }));
        }
        finally
        {
            foreach (var http in clients)
            {
                http.Dispose();
            }
        }
        return samples.ToDictionary(s => s.Key, s => s.Value.ToList(), StringComparer.Ordinal);
    }

    private static StringContent JsonContent(string problem, string code) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { problem, language = "sql", code, examplesOnly = true }), System.Text.Encoding.UTF8, "application/json");

    private static async Task<string?> TimedAsync(ConcurrentDictionary<string, ConcurrentBag<double>> samples, string name, Func<Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        // A refused Run (429: five waiting) is an answer too; anything else 4xx/5xx counts as an error.
        var ok = response.IsSuccessStatusCode || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.Redirect;
        samples.GetOrAdd(ok ? name : name + " (errors)", _ => []).Add(ms);
        return body;
    }

    private static string? ItemOf(string? reviewPage) => reviewPage is null ? null : ItemField().Match(reviewPage) is { Success: true } m ? m.Groups[1].Value : null;

    private static async Task<string> TokenAsync(HttpClient http, CancellationToken ct)
    {
        var html = await http.GetStringAsync("/", ct);
        return WebUtility.HtmlDecode(MetaToken().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("the dashboard has no request-verification-token"));
    }

    // Starts the workers and warms them up on one Submit each (content, judges and prepared datasets loaded, untimed), then
    // enqueues the batch for distinct learners and times it from the first enqueue until every submission is graded.
    private static async Task<double> GradeBatchAsync(GrainWebOptions options, IGrainStore store, string problem, string code, int workers, int count, CancellationToken ct)
    {
        using var host = GrainWorkerHost.Build(options, new GradingWorkerOptions { Concurrency = workers, PollInterval = TimeSpan.FromMilliseconds(20) });
        await host.StartAsync(ct);
        try
        {
            await EnqueueAsync(store, problem, code, "bench-warm", workers, ct);
            await DrainAsync(store, ct);
            var clock = Stopwatch.StartNew();
            await EnqueueAsync(store, problem, code, "bench-learner", count, ct);
            await DrainAsync(store, ct);
            return count / Math.Max(1e-9, clock.Elapsed.TotalMinutes);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task EnqueueAsync(IGrainStore store, string problem, string code, string learner, int count, CancellationToken ct)
    {
        for (var i = 0; i < count; i++)
        {
            var user = await store.GetOrCreateUserAsync($"{learner}-{i}");
            await store.CreateSubmissionAsync(user, problem, "sql", code, examplesOnly: false, ct: ct);
        }
    }

    private static async Task DrainAsync(IGrainStore store, CancellationToken ct)
    {
        while ((await store.GetGradingQueueStatsAsync(DateTimeOffset.UtcNow, ct)) is { } stats && stats.Queued + stats.Running > 0)
        {
            await Task.Delay(20, ct);
        }
    }

    private static async Task<string> CreateSchemaAsync(string server, string schema, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await create.ExecuteNonQueryAsync(ct);
        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema, MaxPoolSize = 200 }.ToString();
    }

    private static async Task DropSchemaAsync(string server, string schema)
    {
        try
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The figures are printed already; a schema left behind is named grain_bench_*.
        }
    }

    private sealed record Figures(int Requests, double P50, double P99, double Max)
    {
        public static Figures Of(IReadOnlyCollection<double> samples)
        {
            var all = samples.Order().ToArray();
            double Pct(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
            return new Figures(all.Length, Pct(0.50), Pct(0.99), all.Length == 0 ? 0 : all[^1]);
        }
    }

    private static void Print(CliEnvironment env, string name, Figures f) =>
        env.Out.WriteLine($"{name,-32} {f.Requests,8} req  p50 {f.P50,7:0.0} ms  p99 {f.P99,7:0.0} ms  max {f.Max,7:0.0} ms");

    [GeneratedRegex("name=\"item\" value=\"([^\"]+)\"")]
    private static partial Regex ItemField();

    [GeneratedRegex("<meta name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();
}
