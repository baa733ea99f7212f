namespace Grain.Content;

/// <summary>How serious a content diagnostic is: errors fail <c>grain content check</c>, warnings are only shown.</summary>
public enum ContentSeverity
{
    Error,
    Warning,
}

/// <summary>One problem found in the content folder, reported as <c>path:line: message</c>.</summary>
public sealed record ContentDiagnostic(string Path, int Line, string Message)
{
    /// <summary>Error (the default) or warning.</summary>
    public ContentSeverity Severity { get; init; } = ContentSeverity.Error;

    public override string ToString() => $"{Path}:{Line}: {(Severity == ContentSeverity.Warning ? "warning: " : "")}{Message}";
}

/// <summary>Turns an exception message that starts with <c>path:line:</c> back into a diagnostic.</summary>
public static class ContentDiagnosticText
{
    /// <summary>The diagnostic a <c>path:line: message</c> text names, or one at <paramref name="fallbackPath"/> line 1.</summary>
    public static ContentDiagnostic Parse(string message, string fallbackPath)
    {
        var parts = message.Split(':', 3);
        return parts.Length == 3 && int.TryParse(parts[1], out var line) && parts[0].Length > 0
            ? new ContentDiagnostic(parts[0], line, parts[2].Trim())
            : new ContentDiagnostic(fallbackPath, 1, message.StartsWith(fallbackPath + ": ", StringComparison.Ordinal) ? message[(fallbackPath.Length + 2)..] : message);
    }
}
