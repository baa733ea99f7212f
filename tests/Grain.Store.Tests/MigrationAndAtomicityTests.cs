using System.Data.Common;
using Grain.Core.Learning.Fsrs;
using Grain.Store.Schema;
using Grain.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Grain.Store.Tests;

/// <summary>Migrations one transaction each, an upgrade from a version 1 database that holds data, and a review write that fails half-way.</summary>
public sealed class MigrationAndAtomicityTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly FsrsScheduler Scheduler = new();

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Keep_The_Migrations_Before_One_That_Fails_And_Nothing_Of_The_Failing_One(string engine)
    {
        // Given
        await using var empty = await EmptyDatabase.CreateAsync(engine);
        (int, string, string)[] migrations =
        [
            (1, "first", "CREATE TABLE first_table (id {int} NOT NULL)"),
            (2, "broken", "CREATE TABLE second_table (id {int} NOT NULL); INSERT INTO no_such_table VALUES (1)"),
        ];

        // When
        await using var connection = await empty.OpenAsync();
        var error = await Should.ThrowAsync<StoreException>(() => Migrator.MigrateAsync(connection, empty.Dialect, "test", migrations, default));

        // Then
        error.Message.ShouldContain("migration 2 (broken) failed");
        error.Message.ShouldContain("stays at version 1");
        (await empty.ScalarAsync("SELECT MAX(version) FROM schema_version")).ShouldBe(1L);
        (await empty.TableExistsAsync("first_table")).ShouldBeTrue();
        (await empty.TableExistsAsync("second_table")).ShouldBeFalse();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Migrate_Once_When_Several_Nodes_Start_At_Once(string engine)
    {
        // Given: an empty database and four nodes starting together
        await using var empty = await EmptyDatabase.CreateAsync(engine);

        // When
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(empty.OpenStoreAsync)));

        // Then: every node opened, and each migration was applied once
        foreach (var store in stores)
        {
            (await store.SchemaVersionAsync()).ShouldBe(Migrations.Latest);
            await store.DisposeAsync();
        }
        (await empty.ScalarAsync("SELECT COUNT(*) FROM schema_version")).ShouldBe((long)Migrations.All.Count);
        (await empty.ScalarAsync("SELECT COUNT(*) FROM users WHERE name = 'local'")).ShouldBe(1L);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Upgrade_A_Version_1_Database_And_Keep_Its_Data(string engine)
    {
        // Given a database left by a Grain that knew only the first migration, with a review and a submission in it
        await using var empty = await EmptyDatabase.CreateAsync(engine);
        await using (var connection = await empty.OpenAsync())
        {
            await Migrator.MigrateAsync(connection, empty.Dialect, "test", Migrations.All.Take(1).ToList(), default);
        }
        await empty.ExecuteAsync("""
            INSERT INTO card_states (user_id, item_id, item_kind, state, step, stability, difficulty, due_ms, last_review_ms, reps, lapses)
            VALUES (1, 'sql-nulls-count', 'card', 2, 0, 12.5, 4.25, 1000, 500, 3, 1)
            """);
        await empty.ExecuteAsync("""
            INSERT INTO submissions (user_id, problem_id, language, code, status, created_ms, updated_ms)
            VALUES (1, 'event-counts', 'python', 'def count(events): return {}', 'done', 10, 20)
            """);

        // When
        await using var store = await empty.OpenStoreAsync();

        // Then
        (await store.SchemaVersionAsync()).ShouldBe(Migrations.Latest);
        var user = await store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        user.ShouldBe(1L);
        var card = (await store.GetCardAsync(user, "sql-nulls-count")).ShouldNotBeNull();
        card.Stability.ShouldBe(12.5);
        card.Reps.ShouldBe(3);
        var submission = (await store.GetSubmissionsAsync(user)).ShouldHaveSingleItem();
        submission.Code.ShouldBe("def count(events): return {}");
        submission.ExamplesOnly.ShouldBeFalse();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Leave_Nothing_When_A_Review_Write_Fails_Half_Way(string engine)
    {
        // Given a database that refuses the second review's log row, after its card row was already written
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        await using (var connection = await ((DbGrainStore)db.Store).OpenAsync(default))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = engine == "sqlite"
                ? "CREATE TRIGGER refuse_boom BEFORE INSERT ON review_logs WHEN NEW.item_id = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END"
                : """
                  CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
                  BEGIN IF NEW.item_id = 'boom' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
                  CREATE TRIGGER refuse_boom BEFORE INSERT ON review_logs FOR EACH ROW EXECUTE FUNCTION refuse_boom();
                  """;
            await command.ExecuteNonQueryAsync();
        }
        var first = Scheduler.Review(SrsCard.New("sql-nulls-count", Now), Rating.Good, Now);
        var second = Scheduler.Review(SrsCard.New("boom", Now), Rating.Good, Now);

        // When
        await Should.ThrowAsync<DbException>(() => db.Store.SaveReviewsAsync(user, "card", [first, second]));

        // Then
        (await db.Store.GetCardAsync(user, "sql-nulls-count")).ShouldBeNull();
        (await db.Store.GetCardAsync(user, "boom")).ShouldBeNull();
        (await db.Store.GetReviewLogsAsync(user)).ShouldBeEmpty();
    }

    /// <summary>A database with no schema at all: a new SQLite file or a new PostgreSQL schema.</summary>
    private sealed class EmptyDatabase : IAsyncDisposable
    {
        private readonly Func<DbConnection> _connect;
        private readonly Func<Task> _cleanup;
        private readonly string _location;

        private EmptyDatabase(SqlDialect dialect, string location, Func<DbConnection> connect, Func<Task> cleanup)
        {
            Dialect = dialect;
            _location = location;
            _connect = connect;
            _cleanup = cleanup;
        }

        public SqlDialect Dialect { get; }

        public static async Task<EmptyDatabase> CreateAsync(string engine)
        {
            if (engine == "sqlite")
            {
                var dir = Path.Combine(Path.GetTempPath(), "grain-migrate-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(dir);
                var file = Path.Combine(dir, "grain.db");
                var cs = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
                return new EmptyDatabase(SqlDialect.Sqlite, file, () => new SqliteConnection(cs), () =>
                {
                    Directory.Delete(dir, true);
                    return Task.CompletedTask;
                });
            }
            var admin = Components.PostgresConnectionString ?? throw new InvalidOperationException("GRAIN_POSTGRES is not set");
            var schema = "grain_migrate_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
                await create.ExecuteNonQueryAsync();
            }
            var scoped = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema, Pooling = false }.ToString();
            return new EmptyDatabase(SqlDialect.Postgres, scoped, () => new NpgsqlConnection(scoped), async () =>
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
                await drop.ExecuteNonQueryAsync();
            });
        }

        public async Task<DbConnection> OpenAsync()
        {
            var connection = _connect();
            await connection.OpenAsync();
            return connection;
        }

        public Task<IGrainStore> OpenStoreAsync() =>
            Dialect == SqlDialect.Sqlite ? GrainStore.OpenSqliteAsync(_location) : GrainStore.OpenPostgresAsync(_location);

        public async Task<object?> ScalarAsync(string sql)
        {
            await using var connection = await OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var value = await command.ExecuteScalarAsync();
            return value is int i ? (long)i : value;
        }

        public async Task ExecuteAsync(string sql)
        {
            await using var connection = await OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }

        public async Task<bool> TableExistsAsync(string table) =>
            Convert.ToInt64(await ScalarAsync(Dialect == SqlDialect.Sqlite
                ? $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
                : $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{table}'")) == 1;

        public async ValueTask DisposeAsync() => await _cleanup();
    }
}
