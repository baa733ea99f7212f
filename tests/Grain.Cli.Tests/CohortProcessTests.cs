using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Grain.Testing;
using Npgsql;

namespace Grain.Cli.Tests;

/// <summary>
/// Grain hosted for a cohort, as processes: two web nodes (<c>grain serve --grading off</c>) and two <c>grain worker</c>s
/// on one PostgreSQL database; the worker grading a submission is killed with SIGKILL and the other one finishes it.
/// </summary>
public sealed class CohortProcessTests : IAsyncLifetime
{
    /// <summary>Right answers after two seconds of sleep per call: a Run that keeps a worker busy for a few seconds.</summary>
    private const string Slow = "import time\ndef count_events(events):\n    time.sleep(2)\n    counts = {}\n    for e in events:\n        k = (e['user_id'], e['event_type'])\n        counts[k] = counts.get(k, 0) + 1\n    return counts\n";

    private static readonly string Content = Path.Combine(RepoPaths.Root, "tests", "Grain.Web.Tests", "Data", "content");

    private readonly List<GrainProcess> _processes = [];
    private readonly string _data = TestFolders.Fresh("grain-cohort-");
    private string? _database;

    [RequiresFact("postgres", "python")]
    public async Task Should_Grade_A_Submission_Exactly_Once_When_Its_Worker_Is_Killed_Mid_Grading()
    {
        // Given: a fresh database, two web nodes that only queue, and two workers with a two-second lease
        var database = await CreateDatabaseAsync();
        var nodes = new[] { StartNode("web-a", database), StartNode("web-b", database) };
        var workers = new[] { Start("worker-a", "worker", "--database", database, "--lease", "2"), Start("worker-b", "worker", "--database", database, "--lease", "2") };
        using var a = new HttpClient { BaseAddress = nodes[0].Url };
        using var b = new HttpClient { BaseAddress = nodes[1].Url };
        await WaitUpAsync(a, nodes[0].Process);
        await WaitUpAsync(b, nodes[1].Process);

        // When: a Run is queued on node A, and the worker that claims it is killed while grading
        var posted = await a.PostAsJsonAsync("/api/submissions", new { problem = "count-events", language = "python", code = Slow, examplesOnly = true });
        posted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var owner = await WaitForLeaseAsync(database, id, workers);
        var victim = workers.Single(w => owner.Split(':')[^2] == w.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        victim.Process.Kill(entireProcessTree: true);
        await victim.Process.WaitForExitAsync();

        // Then: node B shows it graded, once, by the other worker, on the second attempt
        var result = await FollowAsync(b, id, TimeSpan.FromSeconds(120), workers);
        result.GetProperty("state").GetString().ShouldBe("done");
        result.GetProperty("status").GetString().ShouldBe("pass");
        var (status, attempts, lease) = await RowAsync(database, id);
        status.ShouldBe("done");
        attempts.ShouldBe(2);
        lease.ShouldBeNull();
        var health = await b.GetFromJsonAsync<JsonElement>("/api/health");
        health.GetProperty("queue").GetProperty("queued").GetInt32().ShouldBe(0);
        health.GetProperty("queue").GetProperty("running").GetInt32().ShouldBe(0);

        // And the surviving worker stops cleanly on SIGTERM
        var survivor = workers.Single(w => w != victim);
        (await TerminateAsync(survivor)).ShouldBe(0, survivor.Output());
    }

    private GrainProcess StartNode(string name, string database) =>
        Start(name, "serve", "--grading", "off", "--database", database, "--urls", $"http://127.0.0.1:{FreePort()}");

    private GrainProcess Start(string name, params string[] args)
    {
        var grain = Path.Combine(AppContext.BaseDirectory, "grain.dll");
        var data = Path.Combine(_data, name);
        var start = new ProcessStartInfo("dotnet", ["exec", grain, .. args, "--data", data])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["GRAIN_CONTENT"] = Content;
        start.Environment.Remove("GRAIN_DB");
        var process = new GrainProcess(name, Process.Start(start)!, args.SkipWhile(a => a != "--urls").Skip(1).FirstOrDefault());
        _processes.Add(process);
        return process;
    }

    private async Task<string> CreateDatabaseAsync()
    {
        var admin = Components.PostgresConnectionString!;
        _database = "grain_cohort_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(admin) { Database = _database, Pooling = false }.ToString();
    }

    private static async Task WaitUpAsync(HttpClient http, Process process)
    {
        var until = DateTime.UtcNow.AddSeconds(240);
        while (DateTime.UtcNow < until)
        {
            process.HasExited.ShouldBeFalse("grain serve exited early");
            try
            {
                if ((await http.GetAsync("/api/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("grain serve did not answer");
    }

    private static async Task<string> WaitForLeaseAsync(string database, long id, GrainProcess[] workers)
    {
        var until = DateTime.UtcNow.AddSeconds(240);
        while (DateTime.UtcNow < until)
        {
            if (workers.FirstOrDefault(w => w.Process.HasExited) is { } dead)
            {
                throw new InvalidOperationException($"{dead.Name} exited early: {dead.Output()}");
            }
            if (await RowAsync(database, id) is ("running", _, { } owner))
            {
                return owner;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("no worker claimed the submission");
    }

    private static async Task<JsonElement> FollowAsync(HttpClient http, long id, TimeSpan limit, GrainProcess[] workers)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            var s = await http.GetFromJsonAsync<JsonElement>($"/api/submissions/{id}");
            if (s.GetProperty("state").GetString() is "done" or "error")
            {
                return s;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"submission {id} was not graded: {string.Join("\n", workers.Select(w => w.Output()))}");
    }

    private static async Task<(string Status, long Attempts, string? Lease)> RowAsync(string database, long id)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status, attempts, lease_owner FROM submissions WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    private static async Task<int> TerminateAsync(GrainProcess process)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.Process.WaitForExitAsync(wait.Token);
        return process.Process.ExitCode;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // IAsyncLifetime, not IAsyncDisposable: xunit 2 never calls a test class's IAsyncDisposable, so the web nodes
    // outlived the run and the database was never dropped.
    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.Process.HasExited)
            {
                process.Process.Kill(entireProcessTree: true);
                await process.Process.WaitForExitAsync();
            }
            process.Process.Dispose();
        }
        if (_database is not null)
        {
            await using var connection = new NpgsqlConnection(Components.PostgresConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A grain process with its output collected.</summary>
    private sealed class GrainProcess
    {
        private readonly StringBuilder _output = new();

        public GrainProcess(string name, Process process, string? url)
        {
            Name = name;
            Process = process;
            Url = url is null ? null! : new Uri(url);
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Name { get; }
        public Process Process { get; }
        public Uri Url { get; }

        public string Output()
        {
            lock (_output)
            {
                return $"{Name}: {_output}";
            }
        }

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
