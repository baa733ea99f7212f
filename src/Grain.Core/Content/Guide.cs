namespace Grain.Core.Content;

/// <summary>A free-form page: the cheat sheet, a role page, the interview-day page.</summary>
public sealed record Guide(string Id, string Title, string Kind, int Order, string Body, SourceLocation Source);
