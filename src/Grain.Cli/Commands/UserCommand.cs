using System.CommandLine;
using System.Globalization;
using Grain.Store;
using Grain.Web.Accounts;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary>
/// <c>grain user add|list|disable|token</c>: the accounts of cohort mode (<c>grain serve --cohort</c>). Passwords come on
/// standard input; a token is printed once and only its hash is stored.
/// </summary>
internal static class UserCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("user", "Manage cohort accounts (grain serve --cohort)");
        command.Add(Add(env));
        command.Add(List(env));
        command.Add(Disable(env));
        command.Add(Token(env));
        return command;
    }

    private static Command Add(CliEnvironment env)
    {
        var data = LearningContext.DataOption();
        var name = new Argument<string>("NAME") { Description = "The user name they sign in with" };
        var role = new Option<string>("--role") { Description = "learner or instructor", DefaultValueFactory = _ => UserRoles.Learner };
        role.AcceptOnlyFromAmong([.. UserRoles.All]);
        var cohort = new Option<string?>("--cohort") { Description = "The cohort they belong to" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input" };
        var command = new Command("add", "Add a user with a password read from standard input") { name, role, cohort, passwordStdin, data };
        command.SetAction(async (parse, ct) =>
        {
            var userName = parse.GetValue(name)!;
            var cohortId = parse.GetValue(cohort);
            Check(AccountRules.NameError(userName));
            if (cohortId is not null)
            {
                Check(AccountRules.CohortError(cohortId));
            }
            if (!parse.GetValue(passwordStdin))
            {
                throw new UsageException("give the password on standard input with --password-stdin (for example: echo \"$PASSWORD\" | grain user add NAME --password-stdin)");
            }
            var password = (await env.In.ReadLineAsync(ct))?.TrimEnd('\r');
            Check(AccountRules.PasswordError(password));
            await using var store = await OpenAsync(env, parse.GetValue(data), ct);
            var user = new NewUser(userName, parse.GetValue(role)!, cohortId, AccountSecrets.HashPassword(userName, password!));
            if (await store.AddUserAsync(user, env.Now(), ct) is null)
            {
                throw new UsageException($"a user named '{userName}' already exists");
            }
            env.Out.WriteLine($"Added {user.Role} {userName}{(cohortId is null ? "" : $" to cohort {cohortId}")}.");
            return GrainCli.Ok;
        });
        return command;
    }

    private static Command List(CliEnvironment env)
    {
        var data = LearningContext.DataOption();
        var cohort = new Option<string?>("--cohort") { Description = "Only the users of this cohort" };
        var command = new Command("list", "List the users") { cohort, data };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await OpenAsync(env, parse.GetValue(data), ct);
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Name").AddColumn("Role").AddColumn("Cohort").AddColumn("Status").AddColumn("Added");
            foreach (var u in await store.GetUsersAsync(parse.GetValue(cohort), ct))
            {
                table.AddRow(Markup.Escape(u.Name), u.Role, Markup.Escape(u.CohortId ?? "-"),
                    u.Disabled ? "disabled" : u.PasswordHash is null ? "no password" : "active", u.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            env.Console.Write(table);
            return GrainCli.Ok;
        });
        return command;
    }

    private static Command Disable(CliEnvironment env)
    {
        var data = LearningContext.DataOption();
        var name = new Argument<string>("NAME") { Description = "The user to disable" };
        var command = new Command("disable", "Stop a user from signing in or using their API tokens; their data is kept") { name, data };
        command.SetAction(async (parse, ct) =>
        {
            var userName = parse.GetValue(name)!;
            await using var store = await OpenAsync(env, parse.GetValue(data), ct);
            if (!await store.SetUserDisabledAsync(userName, true, ct))
            {
                throw new UsageException($"no user named '{userName}' (see 'grain user list')");
            }
            env.Out.WriteLine($"Disabled {userName}.");
            return GrainCli.Ok;
        });
        return command;
    }

    private static Command Token(CliEnvironment env)
    {
        var data = LearningContext.DataOption();
        var name = new Argument<string>("NAME") { Description = "The user the token acts as" };
        var revoke = new Option<bool>("--revoke") { Description = "Revoke every token of the user instead" };
        var command = new Command("token", "Print a new personal API token (shown once; send it as 'Authorization: Bearer TOKEN')") { name, revoke, data };
        command.SetAction(async (parse, ct) =>
        {
            var userName = parse.GetValue(name)!;
            await using var store = await OpenAsync(env, parse.GetValue(data), ct);
            if (await store.GetUserAsync(userName, ct) is not { } user)
            {
                throw new UsageException($"no user named '{userName}' (see 'grain user list')");
            }
            if (parse.GetValue(revoke))
            {
                var count = await store.RevokeApiTokensAsync(user.Id, env.Now(), ct);
                env.Out.WriteLine($"Revoked {count} token{(count == 1 ? "" : "s")} of {userName}.");
                return GrainCli.Ok;
            }
            if (user.Disabled)
            {
                throw new UsageException($"{userName} is disabled");
            }
            var token = AccountSecrets.NewToken();
            await store.AddApiTokenAsync(user.Id, AccountSecrets.Hash(token), env.Now(), ct);
            env.Out.WriteLine(token);
            env.Error.WriteLine("This token is shown once; only its hash is stored.");
            return GrainCli.Ok;
        });
        return command;
    }

    private static void Check(string? error)
    {
        if (error is not null)
        {
            throw new UsageException(error);
        }
    }

    private static async Task<IGrainStore> OpenAsync(CliEnvironment env, string? data, CancellationToken ct)
    {
        try
        {
            return await GrainStore.OpenAsync(env.ResolveDataDirectory(data), env.Variable, ct);
        }
        catch (StoreException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
