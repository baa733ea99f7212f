namespace Grain.Content;

/// <summary>One problem found in the content folder, reported as <c>path:line: message</c>.</summary>
public sealed record ContentDiagnostic(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
