namespace Grain.Core.Content;

/// <summary>One rung of a hint ladder, revealed in order.</summary>
public sealed record Hint(int Number, string Text);
