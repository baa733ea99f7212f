using Grain.Testing;
using Npgsql;

namespace Grain.Web.Tests.Support;

/// <summary>A fresh PostgreSQL schema on the <c>GRAIN_POSTGRES</c> server for one test, dropped afterwards.</summary>
public sealed class PostgresSchema : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _name;

    private PostgresSchema(string admin, string name, string connectionString)
    {
        _admin = admin;
        _name = name;
        ConnectionString = connectionString;
    }

    /// <summary>A connection string whose search path is the schema (what <c>GRAIN_DB</c> or <c>--database</c> would hold).</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresSchema> CreateAsync()
    {
        var admin = Grain.Testing.Components.PostgresConnectionString ?? throw new InvalidOperationException("GRAIN_POSTGRES is not set");
        var name = "grain_web_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new PostgresSchema(admin, name, new NpgsqlConnectionStringBuilder(admin) { SearchPath = name }.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA {_name} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
