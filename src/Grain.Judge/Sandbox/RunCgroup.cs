using System.Globalization;

namespace Grain.Judge.Sandbox;

/// <summary>
/// The cgroups of one run, when the machine lets the judge create them (cgroup v1 controllers or a v2 hierarchy):
/// pids caps processes even for root, memory counts every process and every tmpfs page of the run together, and the
/// CPU of the whole process tree is read from outside. The judge kills every process the run left behind through it.
/// </summary>
internal sealed class RunCgroup : IAsyncDisposable
{
    private static readonly Lazy<Layout> Found = new(FindLayout);
    private readonly List<string> _dirs;
    private readonly string? _memory;
    private readonly string? _cpu;
    private readonly bool _v2;

    private RunCgroup(List<string> dirs, string? memory, string? cpu, bool v2)
    {
        (_dirs, _memory, _cpu, _v2) = (dirs, memory, cpu, v2);
    }

    /// <summary>Where the controllers live on this machine.</summary>
    private sealed record Layout(bool V2, string? Pids, string? Memory, string? Cpu);

    /// <summary>The files a process writes its pid to in order to join every controller.</summary>
    public IReadOnlyList<string> ProcsFiles => _dirs.Select(d => Path.Combine(d, "cgroup.procs")).ToList();

    /// <summary>True when memory is counted and limited for the run as a whole.</summary>
    public bool CountsMemory => _memory is not null;

    /// <summary>True when the CPU of the whole process tree can be read.</summary>
    public bool CountsCpu => _cpu is not null;

    /// <summary>Controllers that could not be set up on this machine (empty when all are there).</summary>
    public static IReadOnlyList<string> Missing
    {
        get
        {
            var layout = Found.Value;
            var missing = new List<string>();
            if (layout.Pids is null)
            {
                missing.Add("pids");
            }
            if (layout.Memory is null)
            {
                missing.Add("memory");
            }
            if (layout.Cpu is null)
            {
                missing.Add("cpu");
            }
            return missing;
        }
    }

    /// <summary>Creates the run's cgroups with their limits, or null when none is writable.</summary>
    public static RunCgroup? TryCreate(int maxProcesses, long memoryBytes)
    {
        var layout = Found.Value;
        var name = "grain-" + Guid.NewGuid().ToString("N")[..12];
        var dirs = new List<string>();
        string? memory = null, cpu = null;
        try
        {
            if (layout.V2)
            {
                var dir = Path.Combine(layout.Pids!, name);
                Directory.CreateDirectory(dir);
                dirs.Add(dir);
                Write(dir, "pids.max", maxProcesses);
                Write(dir, "memory.max", memoryBytes);
                TryWrite(dir, "memory.swap.max", "0");
                TryWrite(dir, "memory.oom.group", "1");
                return new RunCgroup(dirs, dir, dir, v2: true);
            }
            foreach (var (root, kind) in new[] { (layout.Pids, "pids"), (layout.Memory, "memory"), (layout.Cpu, "cpu") })
            {
                if (root is null)
                {
                    continue;
                }
                var dir = Path.Combine(root, name);
                Directory.CreateDirectory(dir);
                dirs.Add(dir);
                switch (kind)
                {
                    case "pids":
                        Write(dir, "pids.max", maxProcesses);
                        break;
                    case "memory":
                        Write(dir, "memory.limit_in_bytes", memoryBytes);
                        // Without a swap limit the run could push its pages to swap and stay under the memory limit.
                        TryWrite(dir, "memory.memsw.limit_in_bytes", memoryBytes.ToString(CultureInfo.InvariantCulture));
                        memory = dir;
                        break;
                    default:
                        cpu = dir;
                        break;
                }
            }
            return dirs.Count == 0 ? null : new RunCgroup(dirs, memory, cpu, v2: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var dir in dirs)
            {
                TryRemove(dir);
            }
            return null;
        }
    }

    /// <summary>CPU milliseconds used by every process of the run so far, or null when not counted.</summary>
    public long? CpuMs()
    {
        if (_cpu is null)
        {
            return null;
        }
        try
        {
            if (_v2)
            {
                return StatValue(Path.Combine(_cpu, "cpu.stat"), "usage_usec") is { } usec ? usec / 1000 : null;
            }
            return long.Parse(File.ReadAllText(Path.Combine(_cpu, "cpuacct.usage")).Trim(), CultureInfo.InvariantCulture) / 1_000_000;
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Peak memory of the run as a whole (processes, tmpfs pages and page cache), in KB, or null when not counted.</summary>
    public long? PeakKb()
    {
        if (_memory is null)
        {
            return null;
        }
        var file = Path.Combine(_memory, _v2 ? "memory.peak" : "memory.max_usage_in_bytes");
        try
        {
            return long.Parse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture) / 1024;
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when the kernel killed a process of the run because the run as a whole reached its memory limit.</summary>
    public bool OutOfMemory()
    {
        if (_memory is null)
        {
            return false;
        }
        var file = Path.Combine(_memory, _v2 ? "memory.events" : "memory.oom_control");
        return StatValue(file, "oom_kill") is > 0;
    }

    /// <summary>
    /// True when every thread of the run is asleep (none running, runnable or in disk wait), false when one is busy,
    /// null when this cannot be told (no cgroup listing threads, or no thread yet). A thread waiting for a CPU on a
    /// loaded machine is runnable, so this measures waiting by choice, not slowness.
    /// </summary>
    public bool? AllAsleep()
    {
        var list = Path.Combine(_dirs[0], _v2 ? "cgroup.threads" : "tasks");
        string[] tids;
        try
        {
            tids = File.ReadAllLines(list);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var seen = false;
        foreach (var tid in tids)
        {
            string stat;
            try
            {
                stat = File.ReadAllText($"/proc/{tid}/stat");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            var close = stat.LastIndexOf(')');
            if (close < 0 || close + 2 >= stat.Length)
            {
                continue;
            }
            seen = true;
            if (stat[close + 2] is 'R' or 'D' || WritingToAFullPipe(tid))
            {
                return false;
            }
        }
        return seen ? true : null;
    }

    /// <summary>
    /// True when the thread sleeps in a write to a full pipe: the reader is usually the host (paused by a garbage
    /// collection or a busy machine), so the time is not the candidate's waiting. A candidate that fills a pipe of its
    /// own on purpose still meets the wall limits.
    /// </summary>
    private static bool WritingToAFullPipe(string tid)
    {
        try
        {
            return File.ReadAllText($"/proc/{tid}/wchan").Contains("pipe_write", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>True when the run's memory reached its limit at least once (the kernel had to reclaim or refuse).</summary>
    public bool ReachedLimit()
    {
        if (_memory is null)
        {
            return false;
        }
        if (_v2)
        {
            return StatValue(Path.Combine(_memory, "memory.events"), "max") is > 0;
        }
        try
        {
            return long.Parse(File.ReadAllText(Path.Combine(_memory, "memory.failcnt")).Trim(), CultureInfo.InvariantCulture) > 0;
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Kills every process still in the run's cgroups.</summary>
    public void KillAll()
    {
        if (_v2 && File.Exists(Path.Combine(_dirs[0], "cgroup.kill")))
        {
            TryWrite(_dirs[0], "cgroup.kill", "1");
        }
        foreach (var procs in ProcsFiles)
        {
            for (var round = 0; round < 50; round++)
            {
                string[] pids;
                try
                {
                    pids = File.ReadAllLines(procs);
                }
                catch (IOException)
                {
                    break;
                }
                if (pids.Length == 0)
                {
                    break;
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
    }

    /// <summary>Kills what is left and removes the cgroups, waiting (without blocking a thread) for the kernel to empty them.</summary>
    public async ValueTask DisposeAsync()
    {
        KillAll();
        foreach (var dir in _dirs)
        {
            for (var i = 0; i < 100 && Directory.Exists(dir); i++)
            {
                if (TryRemove(dir))
                {
                    break;
                }
                await Task.Delay(10);
            }
        }
    }

    private static long? StatValue(string file, string key)
    {
        try
        {
            foreach (var line in File.ReadLines(file))
            {
                var parts = line.Split(' ', 2);
                if (parts.Length == 2 && parts[0] == key && long.TryParse(parts[1].Trim(), CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
        return null;
    }

    private static void Write(string dir, string file, long value) =>
        File.WriteAllText(Path.Combine(dir, file), value.ToString(CultureInfo.InvariantCulture));

    private static void TryWrite(string dir, string file, string value)
    {
        try
        {
            File.WriteAllText(Path.Combine(dir, file), value);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
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

    private static Layout FindLayout()
    {
        const string mount = "/sys/fs/cgroup";
        if (File.Exists(Path.Combine(mount, "cgroup.controllers")))
        {
            return FindV2(mount);
        }
        return new Layout(false,
            Probe(Path.Combine(mount, "pids"), "pids.max"),
            Probe(Path.Combine(mount, "memory"), "memory.limit_in_bytes"),
            Probe(Path.Combine(mount, "cpuacct"), "cpuacct.usage") ?? Probe(Path.Combine(mount, "cpu,cpuacct"), "cpuacct.usage"));
    }

    /// <summary>On cgroup v2 the run cgroups go under the judge's own cgroup; its subtree must have pids, memory and cpu enabled.</summary>
    private static Layout FindV2(string mount)
    {
        var own = File.ReadLines("/proc/self/cgroup").FirstOrDefault(l => l.StartsWith("0::", StringComparison.Ordinal))?[3..].TrimStart('/') ?? "";
        var parent = Path.Combine(mount, own);
        TryWrite(parent, "cgroup.subtree_control", "+pids +memory +cpu");
        var probe = Probe(parent, "memory.max");
        if (probe is null || !File.Exists(Path.Combine(parent, "cgroup.subtree_control"))
            || !File.ReadAllText(Path.Combine(parent, "cgroup.subtree_control")).Contains("pids", StringComparison.Ordinal))
        {
            return new Layout(true, null, null, null);
        }
        return new Layout(true, parent, parent, parent);
    }

    private static string? Probe(string root, string file)
    {
        if (!File.Exists(Path.Combine(root, "cgroup.procs")))
        {
            return null;
        }
        var probe = Path.Combine(root, "grain-probe-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..6]);
        try
        {
            Directory.CreateDirectory(probe);
            return File.Exists(Path.Combine(probe, file)) ? root : null;
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
