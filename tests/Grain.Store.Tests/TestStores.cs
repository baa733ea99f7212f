using System.Reflection;
using Grain.Testing;
using Npgsql;
using Xunit.Sdk;

namespace Grain.Store.Tests;

/// <summary>Opens a fresh store on an engine: a temporary SQLite file, or a new PostgreSQL schema.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly Func<Task> _cleanup;

    private TestStore(IGrainStore store, string location, Func<Task> cleanup)
    {
        Store = store;
        Location = location;
        _cleanup = cleanup;
    }

    public IGrainStore Store { get; }

    /// <summary>The SQLite file or the PostgreSQL connection string with its schema.</summary>
    public string Location { get; }

    public static async Task<TestStore> OpenAsync(string engine)
    {
        if (engine == "sqlite")
        {
            var dir = Path.Combine(Path.GetTempPath(), "grain-store-" + Guid.NewGuid().ToString("N"));
            var file = Path.Combine(dir, "grain.db");
            var store = await GrainStore.OpenSqliteAsync(file);
            return new TestStore(store, file, () =>
            {
                Directory.Delete(dir, true);
                return Task.CompletedTask;
            });
        }
        var admin = Components.PostgresConnectionString ?? throw new InvalidOperationException("GRAIN_POSTGRES is not set");
        var schema = "grain_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ToString();
        var pg = await GrainStore.OpenPostgresAsync(connectionString);
        return new TestStore(pg, connectionString, async () =>
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        });
    }

    /// <summary>Opens a second, independent store on the same database (a second writer: the web app beside the CLI).</summary>
    public Task<IGrainStore> OpenAnotherAsync() =>
        Store.Engine == "sqlite" ? GrainStore.OpenSqliteAsync(Location) : GrainStore.OpenPostgresAsync(Location);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await _cleanup();
    }
}

/// <summary>Supplies the engine "sqlite" to a store theory.</summary>
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["sqlite"]];
}

/// <summary>Supplies the engine "postgres"; skipped with the reason when GRAIN_POSTGRES is missing (unless GRAIN_REQUIRE_ALL=1).</summary>
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        if (!Components.RequireAll && Components.MissingReason("postgres") is { } reason)
        {
            Skip = "skipped: " + reason;
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["postgres"]];
}
