using Grain.Content;
using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Grain.Store;
using Grain.Web;

namespace Grain.Cli.Commands;

/// <summary><c>grain serve [--urls U] [--allowed-hosts H] [--data DIR] [--database CS] [--grading on|off] [--cohort]</c>: runs the web app.</summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var urls = new Option<string?>("--urls") { Description = "Address to listen on (default http://127.0.0.1:5000)" };
        var hosts = new Option<string?>("--allowed-hosts")
        {
            Description = "Host names the app answers to, ';'-separated, '*' for any (default: the names in --urls plus localhost; or GRAIN_ALLOWED_HOSTS)",
        };
        var data = new Option<string?>("--data") { Description = "Data folder (default ~/.grain, or GRAIN_DATA)" };
        var database = new Option<string?>("--database") { Description = "PostgreSQL connection string (default GRAIN_DB; without one, SQLite in the data folder)" };
        var grading = new Option<string>("--grading")
        {
            Description = "on: grade submissions in this process (default); off: only queue them for 'grain worker' (PostgreSQL only)",
            DefaultValueFactory = _ => "on",
        };
        grading.AcceptOnlyFromAmong("on", "off");
        var cohort = new Option<bool>("--cohort") { Description = "Cohort mode: sign-in with accounts from 'grain user add', each learner's data their own, the instructor's /cohort view" };
        var command = new Command("serve", "Run the Grain web app") { urls, hosts, data, database, grading, cohort };
        command.SetAction(async (parse, ct) =>
        {
            // Content errors stop the server before it listens, as path:line messages with exit 2 like every command.
            var connection = parse.GetValue(database) is { Length: > 0 } given ? given : env.Variable(GrainStore.ConnectionVariable);
            var gradeInProcess = parse.GetValue(grading) != "off";
            if (!gradeInProcess && string.IsNullOrWhiteSpace(connection))
            {
                throw new UsageException("--grading off leaves grading to 'grain worker', which needs PostgreSQL: pass --database or set GRAIN_DB");
            }
            var options = Options(env, parse.GetValue(data), parse.GetValue(urls), parse.GetValue(hosts), env.LoadContent(), connection, gradeInProcess);
            // Cohort mode goes through configuration (Grain:Cohort), where a hosted deployment can also set it.
            await using var app = GrainWebApp.Build(options, parse.GetValue(cohort) ? [$"--{Grain.Web.Accounts.CohortMode.ConfigurationKey}=true"] : null);
            await app.StartAsync(ct);
            env.Out.WriteLine($"Grain is running at {options.Urls} (data: {options.DataDirectory}{(gradeInProcess ? "" : "; grading off: 'grain worker' grades")}). Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(ct);
            return GrainCli.Ok;
        });
        return command;
    }

    /// <summary>The web app's options from the command line and the environment; the judges get what <c>grain judge</c> would.</summary>
    internal static GrainWebOptions Options(CliEnvironment env, string? data, string? urls, string? hosts, ContentLibrary? library = null,
        string? database = null, bool gradeInProcess = true)
    {
        var judges = env.JudgeSettings(data);
        return new GrainWebOptions
        {
            ContentDirectory = env.ResolveContentDirectory(),
            ContentPacks = env.ResolveContentRoots().Skip(1).ToList(),
            Library = library,
            DataDirectory = judges.DataDirectory,
            Urls = urls ?? env.Variable("GRAIN_URLS") ?? "http://127.0.0.1:5000",
            AllowedHosts = hosts ?? env.Variable("GRAIN_ALLOWED_HOSTS"),
            Judges = judges,
            Database = string.IsNullOrWhiteSpace(database) ? null : database,
            GradeInProcess = gradeInProcess,
        };
    }
}
