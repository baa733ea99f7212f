namespace Grain.Judge.Sql.Plans;

/// <summary>A query plan as the engine printed it: one line per step, indented by depth.</summary>
public sealed record QueryPlan(string Engine, IReadOnlyList<string> Lines)
{
    /// <summary>The plan as text.</summary>
    public override string ToString() => string.Join('\n', Lines);
}
