using System.CommandLine;
using Grain.Store;
using Grain.Web;
using Grain.Web.Submissions;
using Microsoft.Extensions.Hosting;

namespace Grain.Cli.Commands;

/// <summary><c>grain worker [--concurrency N] [--database CS] [--lease S] [--data DIR]</c>: grades queued submissions from PostgreSQL, no web server.</summary>
internal static class WorkerCommand
{
    public static Command Create(CliEnvironment env)
    {
        var concurrency = new Option<int>("--concurrency") { Description = "Submissions graded at once (default 1)", DefaultValueFactory = _ => 1 };
        var database = new Option<string?>("--database") { Description = "PostgreSQL connection string (default GRAIN_DB)" };
        var lease = new Option<int>("--lease") { Description = "Seconds a claim lasts without renewal; another worker takes over after it (default 30)", DefaultValueFactory = _ => 30 };
        var data = new Option<string?>("--data") { Description = "Data folder for the judges' caches (default ~/.grain, or GRAIN_DATA)" };
        var command = new Command("worker", "Grade queued submissions from a shared PostgreSQL database (web nodes run 'grain serve --grading off')")
        {
            concurrency, database, lease, data,
        };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(concurrency);
            var seconds = parse.GetValue(lease);
            if (n is < 1 or > 64 || seconds is < 1 or > 3600)
            {
                throw new UsageException("--concurrency must be 1..64 and --lease 1..3600 seconds");
            }
            var connection = parse.GetValue(database) is { Length: > 0 } given ? given : env.Variable(GrainStore.ConnectionVariable);
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new UsageException(
                    "grain worker grades from a PostgreSQL database: pass --database or set GRAIN_DB. With SQLite, 'grain serve' grades in-process.");
            }
            var options = ServeCommand.Options(env, parse.GetValue(data), urls: null, hosts: null, env.LoadContent(dataOption: parse.GetValue(data)), connection);
            using var host = GrainWorkerHost.Build(options, new GradingWorkerOptions { Concurrency = n, Lease = TimeSpan.FromSeconds(seconds) });
            try
            {
                await host.StartAsync(ct);
            }
            catch (StoreException ex)
            {
                throw new UsageException(ex.Message);
            }
            env.Out.WriteLine($"Grain worker grading {n} at a time (lease {seconds} s). Stop with Ctrl+C or SIGTERM: submissions in hand go back to the queue.");
            await host.WaitForShutdownAsync(ct);
            return GrainCli.Ok;
        });
        return command;
    }
}
