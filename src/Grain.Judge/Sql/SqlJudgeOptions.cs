namespace Grain.Judge.Sql;

/// <summary>Where the SQL judge keeps prepared datasets and which engines it may use.</summary>
public sealed record SqlJudgeOptions
{
    /// <summary>The data folder; prepared SQLite and DuckDB datasets go to <c>sql-datasets/</c> under it.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>An Npgsql connection string (GRAIN_POSTGRES) to a role that may create roles and schemas; null disables PostgreSQL.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>When set, hidden cases larger than this run at this size (fast tests); the seed stays the same.</summary>
    public long? MaxHiddenRows { get; init; }

    /// <summary>When set, no candidate query may run longer than this, whatever the problem allows (fast tests).</summary>
    public TimeSpan? MaxTimeout { get; init; }

    /// <summary>When set, no candidate query may return more rows than this, whatever the problem allows (fast tests).</summary>
    public int? MaxRows { get; init; }

    /// <summary>The folder of cached SQLite datasets.</summary>
    public string SqliteCacheDirectory => Path.Combine(DataDirectory, "sql-datasets", "sqlite");

    /// <summary>The folder of cached DuckDB datasets (throwaway copies for DDL/DML go to <c>scratch/</c> under it).</summary>
    public string DuckDbCacheDirectory => Path.Combine(DataDirectory, "sql-datasets", "duckdb");
}
