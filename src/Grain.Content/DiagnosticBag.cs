namespace Grain.Content;

/// <summary>Collects diagnostics while loading.</summary>
public sealed class DiagnosticBag
{
    private readonly List<ContentDiagnostic> _items = [];

    public IReadOnlyList<ContentDiagnostic> Items => _items;

    public void Add(string path, int line, string message) => _items.Add(new ContentDiagnostic(path, Math.Max(1, line), message));
}
