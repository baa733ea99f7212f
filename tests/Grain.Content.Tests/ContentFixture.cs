namespace Grain.Content.Tests;

/// <summary>Builds a temporary content folder from the valid fixture plus an overlay of broken files.</summary>
internal sealed class ContentFixture : IDisposable
{
    private static readonly string DataRoot = Path.Combine(AppContext.BaseDirectory, "Data");

    private ContentFixture(string root) => Root = root;

    public string Root { get; }

    public static IEnumerable<string> BrokenCases() =>
        Directory.EnumerateDirectories(Path.Combine(DataRoot, "broken")).Select(Path.GetFileName).OfType<string>().Order();

    public static string ExpectedFor(string brokenCase) =>
        File.ReadAllText(Path.Combine(DataRoot, "broken", brokenCase, "expect.txt")).Trim();

    /// <summary>A copy of the valid fixture with the named overlay applied (files replaced or added, delete.txt removed).</summary>
    public static ContentFixture Create(string? brokenCase = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "grain-content-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(DataRoot, "valid"), root);
        if (brokenCase is not null)
        {
            var overlay = Path.Combine(DataRoot, "broken", brokenCase);
            Copy(overlay, root, skip: ["expect.txt", "delete.txt"]);
            var deletes = Path.Combine(overlay, "delete.txt");
            if (File.Exists(deletes))
            {
                foreach (var rel in File.ReadAllLines(deletes).Where(l => l.Trim().Length > 0))
                {
                    File.Delete(Path.Combine(root, rel.Trim()));
                }
            }
        }
        return new ContentFixture(root);
    }

    private static void Copy(string from, string to, string[]? skip = null)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(from, file);
            if (skip?.Contains(rel) == true)
            {
                continue;
            }
            var target = Path.Combine(to, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
