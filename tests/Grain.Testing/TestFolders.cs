namespace Grain.Testing;

/// <summary>
/// Temporary folders that belong to one test run: under a folder named after this process and a random id (never a
/// fixed name another run or another checkout could share), removed when the test process exits.
/// </summary>
public static class TestFolders
{
    private static readonly Lazy<string> RunRoot = new(() =>
    {
        var root = Directory.CreateTempSubdirectory($"grain-tests-{Environment.ProcessId}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return root;
    });

    /// <summary>The folder of this run for <paramref name="name"/>, created on first use; shared by the tests of this run only.</summary>
    public static string ForRun(string name) => Directory.CreateDirectory(Path.Combine(RunRoot.Value, name)).FullName;

    /// <summary>A new empty folder of this run, named <paramref name="prefix"/> and a random suffix.</summary>
    public static string Fresh(string prefix) => ForRun(prefix + Guid.NewGuid().ToString("N")[..8]);

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file still held by a child that outlived the run: the system's temp cleanup takes it.
        }
    }
}
