using Grain.Judge.Sql.Plans;
using Grain.Judge.Sql.Safety;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Sql.Engines;

/// <summary>A connection to one dataset variant: runs queries and statements, explains queries.</summary>
public interface ISqlSession : IAsyncDisposable
{
    /// <summary>Runs a query and reads its rows within the limits.</summary>
    Task<QueryRun> QueryAsync(string sql, QueryLimits limits, CancellationToken cancellationToken);

    /// <summary>Runs a statement that returns no rows (DDL/DML on a throwaway copy).</summary>
    Task<QueryRun> ExecuteAsync(string sql, QueryLimits limits, CancellationToken cancellationToken);

    /// <summary>The engine's query plan for a query.</summary>
    Task<QueryPlan> ExplainAsync(string sql, CancellationToken cancellationToken);
}

/// <summary>A database engine the SQL judge runs submissions on.</summary>
public interface ISqlEngine
{
    /// <summary>The engine name used in problem front matter: sqlite or postgres.</summary>
    string Name { get; }

    /// <summary>How the engine reads strings and comments, for the statement guard.</summary>
    SqlDialect Dialect { get; }

    /// <summary>Opens a read-only session on a dataset variant, preparing it first when needed.</summary>
    Task<ISqlSession> OpenReadOnlyAsync(DatasetRef data, CancellationToken cancellationToken);

    /// <summary>Opens a writable session on a throwaway copy of a dataset variant; nothing it does survives.</summary>
    Task<ISqlSession> OpenScratchAsync(DatasetRef data, CancellationToken cancellationToken);
}
