namespace Grain.Testing;

/// <summary>
/// Temporary folders that belong to one test run: under a folder named after this process and a random id (never a
/// fixed name another run or another checkout could share), removed when the test process exits, or by the next run
/// when the test host was killed before it could.
/// </summary>
public static class TestFolders
{
    private const string Prefix = "grain-tests-";

    private static readonly Lazy<string> RunRoot = new(() =>
    {
        RemoveLeftovers();
        var root = Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return root;
    });

    /// <summary>The folder of this run for <paramref name="name"/>, created on first use; shared by the tests of this run only.</summary>
    public static string ForRun(string name) => Directory.CreateDirectory(Path.Combine(RunRoot.Value, name)).FullName;

    /// <summary>A new empty folder of this run, named <paramref name="prefix"/> and a random suffix.</summary>
    public static string Fresh(string prefix) => ForRun(prefix + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Removes the run folders of test processes that have ended.</summary>
    private static void RemoveLeftovers()
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var parts = Path.GetFileName(dir)[Prefix.Length..].Split('-', 2);
            if (parts.Length == 2 && int.TryParse(parts[0], out var pid) && !Running(pid))
            {
                TryDelete(dir);
            }
        }
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

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
