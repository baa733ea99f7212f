namespace Grain.Judge.Sql.Engines;

internal sealed partial class SqliteSession
{
    private const int Ok = 0;
    private const int Deny = 1;

    private static readonly HashSet<string> ForbiddenFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "sqlite_dbpage",
    };

    // Action codes of sqlite3_set_authorizer (sqlite.org/c3ref/c_alter_table.html).
    private enum Action
    {
        CreateIndex = 1, CreateTable = 2, CreateTempIndex = 3, CreateTempTable = 4, CreateTempTrigger = 5, CreateTempView = 6,
        CreateTrigger = 7, CreateView = 8, Delete = 9, DropIndex = 10, DropTable = 11, DropTempIndex = 12, DropTempTable = 13,
        DropTempTrigger = 14, DropTempView = 15, DropTrigger = 16, DropView = 17, Insert = 18, Pragma = 19, Read = 20,
        Select = 21, Transaction = 22, Update = 23, Attach = 24, Detach = 25, AlterTable = 26, Reindex = 27, Analyze = 28,
        CreateVtable = 29, DropVtable = 30, Function = 31, Savepoint = 32, Recursive = 33,
    }

    private int Authorize(object userData, int actionCode, string param0, string param1, string dbName, string inner)
    {
        var action = (Action)actionCode;
        var allowed = action switch
        {
            Action.Select or Action.Read or Action.Recursive => true,
            Action.Function => !ForbiddenFunctions.Contains(param1 ?? ""),
            Action.Attach or Action.Detach or Action.Pragma or Action.CreateVtable or Action.DropVtable => false,
            // Scratch copies accept the DDL/DML a problem allows (the statement guard narrows it further).
            _ => _access == Access.Scratch && !IsSystemTable(param0),
        };
        if (!allowed)
        {
            _denied ??= action switch
            {
                Action.Function => $"the function {param1} is disabled",
                Action.Attach => "ATTACH is disabled: the judge reads only the problem's dataset",
                Action.Pragma => $"PRAGMA {param0} is disabled",
                _ => $"{action} is refused: the dataset is read-only",
            };
        }
        return allowed ? Ok : Deny;
    }

    private static bool IsSystemTable(string? name) =>
        name is not null && name.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("sqlite_autoindex", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(name, "sqlite_stat1", StringComparison.OrdinalIgnoreCase) && !string.Equals(name, "sqlite_master", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(name, "sqlite_schema", StringComparison.OrdinalIgnoreCase);
}
