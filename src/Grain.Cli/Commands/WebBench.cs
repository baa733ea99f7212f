using System.CommandLine;
using System.Diagnostics;
using Grain.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Grain.Cli.Commands;

/// <summary><c>grain bench web</c>: latency of a page under concurrent clients on a real Kestrel port, against a trivial baseline endpoint.</summary>
internal static class WebBench
{
    public static Command Create(CliEnvironment env)
    {
        var clients = new Option<int>("--clients") { Description = "Concurrent clients (default 50)", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "Measured seconds per target (default 10)", DefaultValueFactory = _ => 10 };
        var path = new Option<string?>("--path") { Description = "Page to measure (default: the review page)" };
        var command = new Command("web", "Page latency (p50/p99) at N concurrent clients") { clients, seconds, path };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(clients);
            var s = parse.GetValue(seconds);
            if (n is < 1 or > 1000 || s is < 1 or > 600)
            {
                throw new UsageException("--clients must be 1..1000 and --seconds 1..600");
            }
            var data = Path.Combine(Path.GetTempPath(), "grain-bench-web-" + Guid.NewGuid().ToString("N")[..8]);
            var app = GrainWebApp.Build(new GrainWebOptions
            {
                ContentDirectory = env.ResolveContentDirectory(),
                ContentPacks = env.ResolveContentRoots().Skip(1).ToList(),
                DataDirectory = data,
                Urls = "http://127.0.0.1:0",
            });
            await app.StartAsync(ct);
            try
            {
                var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = n }) { BaseAddress = new Uri(baseUrl) };
                var target = parse.GetValue(path) ?? "/review";
                env.Out.WriteLine($"web bench: {n} clients, {s} s per target, {baseUrl}");
                var baseline = await MeasureAsync(http, "/api/health", n, s, ct);
                var page = await MeasureAsync(http, target, n, s, ct);
                Print(env, "baseline /api/health", baseline);
                Print(env, target, page);
                env.Out.WriteLine($"ratio p99 {target} / baseline: {page.P99 / Math.Max(0.001, baseline.P99):0.00}x; goal p99 <= 50 ms: {(page.P99 <= 50 ? "met" : "NOT met")}");
                return page.Errors == 0 ? GrainCli.Ok : 1;
            }
            finally
            {
                await app.StopAsync(CancellationToken.None);
                await app.DisposeAsync();
                Directory.Delete(data, recursive: true);
            }
        });
        return command;
    }

    private sealed record Figures(int Requests, int Errors, double RequestsPerSecond, double P50, double P99, double Max);

    private static async Task<Figures> MeasureAsync(HttpClient http, string path, int clients, int seconds, CancellationToken ct)
    {
        for (var i = 0; i < clients * 2; i++)
        {
            (await http.GetAsync(path, ct)).Dispose();
        }
        var samples = new List<double>[clients];
        var errors = 0;
        var stop = Stopwatch.StartNew();
        var duration = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = samples[c] = new List<double>(4096);
            while (stop.Elapsed < duration && !ct.IsCancellationRequested)
            {
                var t = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(path, ct);
                await response.Content.ReadAsByteArrayAsync(ct);
                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var all = samples.SelectMany(x => x).Order().ToArray();
        double Pct(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        return new Figures(all.Length, errors, all.Length / stop.Elapsed.TotalSeconds, Pct(0.50), Pct(0.99), all.Length == 0 ? 0 : all[^1]);
    }

    private static void Print(CliEnvironment env, string name, Figures f) =>
        env.Out.WriteLine($"{name,-28} {f.Requests,8} req {f.RequestsPerSecond,8:0} req/s  p50 {f.P50,6:0.0} ms  p99 {f.P99,6:0.0} ms  max {f.Max,6:0.0} ms  errors {f.Errors}");
}
