using System.Diagnostics;
using System.Text;

namespace Grain.Judge.Sandbox;

/// <summary>One file made visible (read-only) to the sandboxed process.</summary>
public sealed record SandboxFile(string HostPath, string Name);

/// <summary>Runs the harness on untrusted code: bubblewrap when available, else local mode with limits only.</summary>
public sealed class PythonSandbox
{
    private const string InsideRoot = "/judge";
    private const string SystemPython = "/usr/bin/python3";
    private const int SigXcpu = 24;
    private static readonly string SupervisorPath = Path.Combine(AppContext.BaseDirectory, "Python", "supervisor.py");
    private readonly PythonInstall _python;
    private readonly string? _bwrap;
    private readonly bool _runCgroups;

    /// <summary>
    /// Creates a sandbox running <paramref name="python"/> (default <c>python3</c> on PATH), in run cgroups unless
    /// <paramref name="runCgroups"/> is false; throws <see cref="SandboxUnavailableException"/> when the mode cannot be honoured.
    /// </summary>
    public PythonSandbox(SandboxMode mode, PythonInstall? python = null, bool runCgroups = true)
    {
        _runCgroups = runCgroups;
        _bwrap = mode == SandboxMode.Local ? null : FindBubblewrap();
        _python = python ?? DefaultInterpreter() ?? throw new SandboxUnavailableException("python3 was not found (set GRAIN_PYTHON to an interpreter)");
        if (mode == SandboxMode.Required && _bwrap is null)
        {
            throw new SandboxUnavailableException("bubblewrap (bwrap) is not installed and a sandbox is required: install the 'bubblewrap' package");
        }
        if (_bwrap is not null && SandboxUser.ForThisJudge() is { } user && !_python.ReachableByOthers)
        {
            // The sandbox runs as an unprivileged account, which cannot read an interpreter installed under /root.
            _python = (File.Exists(SystemPython) ? PythonInstall.At(SystemPython) : null) is { ReachableByOthers: true } system ? system
                : throw new SandboxUnavailableException($"the sandbox runs as the '{user.Name}' account, which cannot reach {_python.Executable}: install python3 system-wide or set GRAIN_PYTHON to one it can read");
        }
    }

    /// <summary>True when runs are isolated by bubblewrap.</summary>
    public bool Isolated => _bwrap is not null;

    /// <summary>The warning shown when code runs without isolation, or null.</summary>
    public string? Warning => Isolated ? null
        : "WARNING: bubblewrap is not installed, so submissions run WITHOUT a sandbox (limits only). Only judge code you trust; install 'bubblewrap' or use --require-sandbox.";

    /// <summary>The path a run file has inside the sandbox.</summary>
    public string PathOf(string runDirectory, string name) => Isolated ? InsideRoot + "/" + name : Path.Combine(runDirectory, name);

    /// <summary>
    /// Controls this machine cannot provide (missing cgroup controllers, no seccomp filter, an old bubblewrap), each
    /// with what takes its place; shown in report notes. Empty when every control is in force.
    /// </summary>
    public IReadOnlyList<string> Gaps
    {
        get
        {
            var gaps = new List<string>();
            IReadOnlyList<string> missing = _runCgroups ? RunCgroup.Missing : ["pids", "memory", "cpu"];
            if (missing.Contains("memory"))
            {
                gaps.Add("no writable memory cgroup: memory is limited per process (address space), so forked processes and files in memory are not counted together");
            }
            if (missing.Contains("cpu"))
            {
                gaps.Add("no writable CPU-accounting cgroup: CPU time is limited per process by the kernel's CPU limit only");
            }
            if (missing.Contains("pids"))
            {
                gaps.Add("no writable pids cgroup: processes are limited by RLIMIT_NPROC only");
            }
            if (Isolated)
            {
                if (SeccompFilter.ForThisMachine() is null)
                {
                    gaps.Add("no seccomp filter for this processor architecture: namespace, mount and ptrace calls are refused by bubblewrap's defaults only");
                }
                if (!BubblewrapSupports("--disable-userns"))
                {
                    gaps.Add("this bubblewrap has no --disable-userns: nested user namespaces are refused by the seccomp filter only");
                }
            }
            return gaps;
        }
    }

    /// <summary>Runs the harness with the job; files are bound read-only (or linked into the run folder in local mode).</summary>
    /// <remarks><paramref name="divert"/> sees every result line as it arrives; the lines it returns true for are not kept in memory.</remarks>
    public async Task<SandboxOutcome> RunAsync(string runDirectory, IReadOnlyList<SandboxFile> files, string nonce, string jobJson, SandboxLimits limits, CancellationToken cancellationToken,
        Func<string, bool>? divert = null)
    {
        await using var cgroup = !_runCgroups ? null : RunCgroup.TryCreate(limits.Processes + 4, limits.MemoryBytes + limits.MemoryBaseBytes);
        var harness = files.First(f => f.Name == "harness.py");
        var supervisor = Path.Combine(Path.GetDirectoryName(harness.HostPath)!, "supervisor.py");
        File.Copy(SupervisorPath, supervisor, overwrite: true);
        var argv = new List<string> { _python.Executable, "-I", "-S", "-B", supervisor };
        foreach (var procs in cgroup?.ProcsFiles ?? [])
        {
            argv.AddRange(["--join", procs]);
        }
        string? staging = null;
        try
        {
            if (_bwrap is not null)
            {
                var user = SandboxUser.ForThisJudge();
                if (user is not null)
                {
                    // The sandbox runs as an unprivileged host account, which must be able to reach every file it binds.
                    (files, staging) = Stage(files);
                    argv.AddRange(["--user", $"{user.Uid}:{user.Gid}"]);
                }
                var seccomp = SeccompFilter.ForThisMachine();
                if (seccomp is not null)
                {
                    var program = Path.Combine(runDirectory, "seccomp.bpf");
                    File.WriteAllBytes(program, seccomp);
                    argv.AddRange(["--open", program]);
                }
                argv.Add("--");
                argv.AddRange(BubblewrapArguments(files, limits, seccomp is not null));
                argv.AddRange([_python.Executable, "-I", "-S", "-B", InsideRoot + "/harness.py"]);
            }
            else
            {
                argv.Add("--");
                foreach (var file in files.Where(f => f != harness))
                {
                    var link = Path.Combine(runDirectory, file.Name);
                    if (!File.Exists(link))
                    {
                        File.CreateSymbolicLink(link, file.HostPath);
                    }
                }
                argv.AddRange([_python.Executable, "-I", "-S", "-B", harness.HostPath]);
            }
            string[] env = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "PYTHONHASHSEED=0", "HOME=/tmp", "PYTHONDONTWRITEBYTECODE=1"];
            // The watch runs on a thread of its own: it must sample the limits on time even when the thread pool is busy
            // (a host grading while other work blocks pool threads), or a finished run would be measured seconds late.
            return await Task.Factory.StartNew(() => Execute(argv, env, nonce, jobJson, limits, cgroup, cancellationToken, isolated: _bwrap is not null, divert),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        finally
        {
            if (staging is not null)
            {
                try
                {
                    Directory.Delete(staging, recursive: true);
                }
                catch (IOException)
                {
                    // A leftover staging folder holds only links to run files; the next cleanup of the temp folder removes it.
                }
            }
        }
    }

    /// <summary>
    /// Files the sandbox account cannot reach (a data folder under /root, a private temp folder) are hard-linked, or
    /// copied, into a fresh folder under the temp folder that only the judge can write and anyone can traverse.
    /// </summary>
    private static (IReadOnlyList<SandboxFile> Files, string? Staging) Stage(IReadOnlyList<SandboxFile> files)
    {
        if (!OperatingSystem.IsLinux() || files.All(f => SandboxUser.ReadableByOthers(f.HostPath)))
        {
            return (files, null);
        }
        var staging = Directory.CreateTempSubdirectory("grain-sandbox-").FullName;
        File.SetUnixFileMode(staging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
        var staged = new List<SandboxFile>();
        foreach (var file in files)
        {
            if (SandboxUser.ReadableByOthers(file.HostPath))
            {
                staged.Add(file);
                continue;
            }
            var target = Path.Combine(staging, file.Name);
            var readable = (File.GetUnixFileMode(file.HostPath) & UnixFileMode.OtherRead) != 0;
            if (!readable || !NativeProcess.HardLink(file.HostPath, target))
            {
                File.Copy(file.HostPath, target);
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }
            staged.Add(new SandboxFile(target, file.Name));
        }
        if (!SandboxUser.ReadableByOthers(staged[0].HostPath))
        {
            throw new SandboxUnavailableException($"the sandbox account cannot read files under {Path.GetTempPath()}: make the temp folder searchable by others (chmod o+x) or set TMPDIR");
        }
        return (staged, staging);
    }

    private IEnumerable<string> BubblewrapArguments(IReadOnlyList<SandboxFile> files, SandboxLimits limits, bool seccomp)
    {
        var tmpSize = limits.TmpBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return _bwrap!;
        foreach (var a in new[] { "--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--clearenv", "--hostname", "grain", "--as-pid-1" })
        {
            yield return a;
        }
        if (BubblewrapSupports("--disable-userns"))
        {
            yield return "--disable-userns";
        }
        if (seccomp)
        {
            yield return "--seccomp";
            yield return "@fd0";
        }
        // /etc/alternatives holds only symbolic links: Debian reaches shared libraries through it (numpy's libblas.so.3).
        foreach (var dir in new[] { "/usr", "/lib", "/lib64", "/bin", "/lib32", "/etc/alternatives" })
        {
            yield return "--ro-bind-try";
            yield return dir;
            yield return dir;
        }
        if (!_python.UnderSystemFolders)
        {
            yield return "--ro-bind";
            yield return _python.Prefix;
            yield return _python.Prefix;
        }
        // /proc/sys read-only: the kernel's settings are not the candidate's to change. /dev is bubblewrap's own tmpfs,
        // which the sandbox account cannot write; /dev/shm and /tmp are writable and size-limited.
        foreach (var a in new[] { "--proc", "/proc", "--ro-bind", "/proc/sys", "/proc/sys", "--dev", "/dev", "--size", tmpSize, "--tmpfs", "/dev/shm",
                     "--size", tmpSize, "--tmpfs", "/tmp" })
        {
            yield return a;
        }
        foreach (var file in files)
        {
            yield return "--ro-bind";
            yield return file.HostPath;
            yield return InsideRoot + "/" + file.Name;
        }
        foreach (var a in new[] { "--remount-ro", "/", "--chdir", "/tmp", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LANG", "C.UTF-8",
                     "--setenv", "PYTHONHASHSEED", "0", "--setenv", "HOME", "/tmp", "--uid", "65534", "--gid", "65534", "--" })
        {
            yield return a;
        }
    }

    private static SandboxOutcome Execute(List<string> argv, string[] env, string nonce, string jobJson, SandboxLimits limits, RunCgroup? cgroup, CancellationToken ct, bool isolated,
        Func<string, bool>? divert)
    {
        var clock = Stopwatch.StartNew();
        var child = NativeProcess.Spawn(argv, env, ownProcessGroup: true);
        var killTarget = -child.Pid;
        var killed = 0;
        void Kill()
        {
            if (Interlocked.Exchange(ref killed, 1) == 0)
            {
                NativeProcess.Kill(killTarget);
                cgroup?.KillAll();
            }
        }
        var stdout = new CappedReader(child.Stdout, limits.ConsoleBytes, Kill);
        var stderr = new CappedReader(child.Stderr, limits.ConsoleBytes, Kill);
        var calls = System.Text.Json.Nodes.JsonNode.Parse(jobJson)?["calls"]?.AsArray().Count ?? 0;
        var results = new ResultReader(child.Results, limits.ResultBytes, nonce, calls, Kill, divert);
        var usageTask = Task.Factory.StartNew(() =>
        {
            using var stream = new FileStream(child.Usage, FileAccess.Read, 1);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }, TaskCreationOptions.LongRunning);
        var readers = new[] { stdout.Start(), stderr.Start(), results.Start(), usageTask };
        var exitTask = NativeProcess.WaitAsync(child.Pid);
        try
        {
            using var stdin = new FileStream(child.Stdin, FileAccess.Write, 1);
            stdin.Write(Encoding.UTF8.GetBytes(nonce + "\n" + jobJson + "\n"));
        }
        catch (IOException)
        {
            // The child died before reading its job; its exit status tells why.
        }
        var watch = new RunWatch(limits, cgroup);
        // The limits are sampled from the run's cgroup every interval on this dedicated thread; wait4 runs on another.
        while (!exitTask.Wait(RunWatch.Interval))
        {
            if (ct.IsCancellationRequested || watch.Check(clock.Elapsed, results.LastCallStarted))
            {
                Kill();
            }
        }
        NativeProcess.Kill(-child.Pid);
        // A grandchild holding a pipe open past the kill: after 5 s what was read so far is the output.
        Task.WaitAll(readers, TimeSpan.FromSeconds(5));
        var exit = Measured(exitTask.Result, usageTask.IsCompletedSuccessfully ? usageTask.Result : "");
        if (exit.Signal == 0 && (isolated ? exit.ExitCode > 128 : exit.ExitCode == 128 + SigXcpu))
        {
            // bubblewrap reports a child killed by a signal as 128 + the signal; in every mode the harness exits with
            // 128 + SIGXCPU when its per-call CPU limit fires.
            exit = exit with { Signal = exit.ExitCode - 128, ExitCode = -1 };
        }
        clock.Stop();
        var outside = cgroup?.CpuMs();
        var killedByHost = Volatile.Read(ref killed) == 1;
        // A process killed from outside never reports its children's CPU; the cgroup counted all of it.
        var cpuMs = outside is { } all && (killedByHost || exit.Signal != 0) ? Math.Max(exit.CpuMs, all) : exit.CpuMs;
        // A run stopped for time while pressed against its memory limit was thrashing, not computing.
        var memoryExceeded = cgroup is not null && (cgroup.OutOfMemory() || (watch.TimedOut && cgroup.ReachedLimit()));
        var peakKb = memoryExceeded && cgroup!.PeakKb() is { } peak ? Math.Max(exit.PeakKb, peak) : exit.PeakKb;
        limits.Waiting?.Charge(watch.SleptMs);
        return new SandboxOutcome
        {
            ExitCode = exit.ExitCode,
            Signal = exit.Signal,
            CpuMs = cpuMs,
            PeakKb = peakKb,
            WallMs = clock.ElapsedMilliseconds,
            TimedOut = watch.TimedOut && !ct.IsCancellationRequested,
            CpuExceeded = watch.CpuExceeded,
            Waited = watch.Waited,
            MemoryExceeded = memoryExceeded,
            ConsoleExceeded = stdout.Exceeded || stderr.Exceeded,
            ResultsExceeded = results.Exceeded,
            Stdout = stdout.Text,
            Stderr = stderr.Text,
            Lines = results.Lines,
        };
    }

    /// <summary>The child's status and usage as the supervisor measured them; the supervisor's own when it was killed.</summary>
    private static NativeProcess.Exit Measured(NativeProcess.Exit supervisor, string report)
    {
        var parts = report.Trim().Split(' ');
        if (parts.Length == 3 && int.TryParse(parts[0], out var status)
            && double.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var cpu) && long.TryParse(parts[2], out var rss))
        {
            var signal = status & 0x7f;
            return new NativeProcess.Exit(signal == 0 ? (status >> 8) & 0xff : -1, signal, (long)(cpu * 1000), rss);
        }
        return supervisor with { PeakKb = 0 };
    }

    private static readonly Lazy<string> BubblewrapHelp = new(() =>
    {
        if (FindBubblewrap() is not { } bwrap)
        {
            return "";
        }
        try
        {
            var info = new ProcessStartInfo(bwrap, ["--help"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException)
        {
            return "";
        }
    });

    private static bool BubblewrapSupports(string option) => BubblewrapHelp.Value.Contains(option + " ", StringComparison.Ordinal);

    /// <summary>
    /// <c>python3</c> on PATH. When the sandbox runs as an unprivileged account and PATH finds <c>python3</c> in a folder
    /// that account cannot search (a version manager's shim under /root), whatever the shim starts is out of the sandbox's
    /// reach, so the system interpreter is taken without starting the shim (which can take most of a second).
    /// </summary>
    private PythonInstall? DefaultInterpreter()
    {
        if (_bwrap is not null && SandboxUser.ForThisJudge() is not null && OnPath("python3") is { } found
            && !SandboxUser.SearchableByOthers(Path.GetDirectoryName(found)!)
            && File.Exists(SystemPython) && PythonInstall.Find(SystemPython) is { ReachableByOthers: true } system)
        {
            return system;
        }
        return PythonInstall.Find();
    }

    private static string? FindBubblewrap() => OnPath("bwrap", "/usr/bin");

    private static string? OnPath(string name, string? fallback = null)
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries);
        foreach (var dir in fallback is null ? dirs : dirs.Append(fallback))
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path))
            {
                return path;
            }
        }
        return null;
    }
}

/// <summary>The sandbox mode asked for cannot be provided on this machine.</summary>
public sealed class SandboxUnavailableException(string message) : Exception(message);
