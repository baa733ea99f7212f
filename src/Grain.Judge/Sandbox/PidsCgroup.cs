namespace Grain.Judge.Sandbox;

/// <summary>
/// A pids cgroup for one run, when the machine lets us create one: it caps processes even for root
/// (where RLIMIT_NPROC is not enforced) and lets the judge kill every process the run left behind.
/// </summary>
internal sealed class PidsCgroup : IDisposable
{
    private static readonly Lazy<string?> Root = new(FindRoot);
    private readonly string _path;

    private PidsCgroup(string path) => _path = path;

    /// <summary>The file a process writes its pid to in order to join.</summary>
    public string ProcsFile => Path.Combine(_path, "cgroup.procs");

    /// <summary>Creates a cgroup limited to <paramref name="maxProcesses"/>, or null when cgroups are not writable.</summary>
    public static PidsCgroup? TryCreate(int maxProcesses)
    {
        if (Root.Value is not { } root)
        {
            return null;
        }
        var path = Path.Combine(root, "grain-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "pids.max"), maxProcesses.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new PidsCgroup(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryRemove(path);
            return null;
        }
    }

    /// <summary>Kills every process still in the cgroup.</summary>
    public void KillAll()
    {
        for (var round = 0; round < 50; round++)
        {
            string[] pids;
            try
            {
                pids = File.ReadAllLines(ProcsFile);
            }
            catch (IOException)
            {
                return;
            }
            if (pids.Length == 0)
            {
                return;
            }
            foreach (var pid in pids)
            {
                if (int.TryParse(pid, out var id) && id > 1)
                {
                    NativeProcess.Kill(id);
                }
            }
            Thread.Sleep(5);
        }
    }

    public void Dispose()
    {
        KillAll();
        for (var i = 0; i < 100 && Directory.Exists(_path); i++)
        {
            if (TryRemove(_path))
            {
                return;
            }
            Thread.Sleep(10);
        }
    }

    private static bool TryRemove(string path)
    {
        try
        {
            Directory.Delete(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string? FindRoot()
    {
        const string v1 = "/sys/fs/cgroup/pids";
        if (Environment.GetEnvironmentVariable("GRAIN_NO_CGROUP") == "1" || !File.Exists(Path.Combine(v1, "cgroup.procs")))
        {
            return null;
        }
        var probe = Path.Combine(v1, "grain-probe-" + Environment.ProcessId);
        try
        {
            Directory.CreateDirectory(probe);
            return File.Exists(Path.Combine(probe, "pids.max")) ? v1 : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            TryRemove(probe);
        }
    }
}
