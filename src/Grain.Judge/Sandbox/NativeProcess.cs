using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Grain.Judge.Sandbox;

/// <summary>
/// Starts a process with posix_spawn and reaps it with wait4, so CPU time and peak memory come from the
/// kernel's accounting of the child and its descendants, never from the candidate.
/// </summary>
internal static partial class NativeProcess
{
    private const int OCloexec = 0x80000;
    private const short PosixSpawnSetpgroup = 0x02;
    private const int Sigkill = 9;

    /// <summary>A started child: its pid and the parent's ends of its pipes.</summary>
    public sealed record Child(int Pid, SafeFileHandle Stdin, SafeFileHandle Stdout, SafeFileHandle Stderr, SafeFileHandle Results, SafeFileHandle Usage);

    /// <summary>Resource usage of a reaped child.</summary>
    public readonly record struct Exit(int ExitCode, int Signal, long CpuMs, long PeakKb);

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UtimeSec, UtimeUsec, StimeSec, StimeUsec;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int pipe2(Span<int> fds, int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fcntl(int fd, int cmd, int arg);

    private const int FSetPipeSize = 1031;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn_file_actions_init(IntPtr actions);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn_file_actions_destroy(IntPtr actions);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn_file_actions_adddup2(IntPtr actions, int fd, int newFd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn_file_actions_addclosefrom_np(IntPtr actions, int from);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawnattr_init(IntPtr attr);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawnattr_destroy(IntPtr attr);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawnattr_setflags(IntPtr attr, short flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawnattr_setpgroup(IntPtr attr, int pgroup);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn(out int pid, IntPtr path, IntPtr actions, IntPtr attr, IntPtr argv, IntPtr envp);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int wait4(int pid, out int status, int options, out RUsage usage);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);

    /// <summary>Spawns <paramref name="argv"/> with stdin, stdout, stderr and fd 3 (results) connected to new pipes.</summary>
    public static Child Spawn(IReadOnlyList<string> argv, IReadOnlyList<string> env, bool ownProcessGroup)
    {
        Span<int> stdin = stackalloc int[2];
        Span<int> stdout = stackalloc int[2];
        Span<int> stderr = stackalloc int[2];
        Span<int> results = stackalloc int[2];
        Span<int> usage = stackalloc int[2];
        Check(pipe2(stdin, OCloexec), "pipe");
        Check(pipe2(stdout, OCloexec), "pipe");
        Check(pipe2(stderr, OCloexec), "pipe");
        Check(pipe2(results, OCloexec), "pipe");
        Check(pipe2(usage, OCloexec), "pipe");
        // Room for a megabyte of results and a quarter of output while the host is paused (a garbage collection
        // stops the reading threads): a candidate blocked on a full pipe looks asleep, and its waiting is not its own.
        // Where the kernel refuses the size the default stays.
        fcntl(results[1], FSetPipeSize, 1 << 20);
        fcntl(stdout[1], FSetPipeSize, 1 << 18);
        var actions = Marshal.AllocHGlobal(1024);
        var attr = Marshal.AllocHGlobal(1024);
        var strings = new List<IntPtr>();
        try
        {
            Check(posix_spawn_file_actions_init(actions), "posix_spawn_file_actions_init");
            Check(posix_spawnattr_init(attr), "posix_spawnattr_init");
            posix_spawn_file_actions_adddup2(actions, stdin[0], 0);
            posix_spawn_file_actions_adddup2(actions, stdout[1], 1);
            posix_spawn_file_actions_adddup2(actions, stderr[1], 2);
            posix_spawn_file_actions_adddup2(actions, results[1], 3);
            posix_spawn_file_actions_adddup2(actions, usage[1], 4);
            CloseFromFive(actions);
            if (ownProcessGroup)
            {
                posix_spawnattr_setflags(attr, PosixSpawnSetpgroup);
                posix_spawnattr_setpgroup(attr, 0);
            }
            var argvPtr = StringArray(argv, strings);
            var envPtr = StringArray(env, strings);
            var rc = posix_spawn(out var pid, Marshal.ReadIntPtr(argvPtr), actions, attr, argvPtr, envPtr);
            if (rc != 0)
            {
                throw new IOException($"cannot start {argv[0]}: error {rc}");
            }
            close(stdin[0]);
            close(stdout[1]);
            close(stderr[1]);
            close(results[1]);
            close(usage[1]);
            return new Child(pid, new SafeFileHandle(stdin[1], true), new SafeFileHandle(stdout[0], true),
                new SafeFileHandle(stderr[0], true), new SafeFileHandle(results[0], true), new SafeFileHandle(usage[0], true));
        }
        catch
        {
            foreach (var fd in new[] { stdin[0], stdin[1], stdout[0], stdout[1], stderr[0], stderr[1], results[0], results[1], usage[0], usage[1] })
            {
                close(fd);
            }
            throw;
        }
        finally
        {
            posix_spawn_file_actions_destroy(actions);
            posix_spawnattr_destroy(attr);
            Marshal.FreeHGlobal(actions);
            Marshal.FreeHGlobal(attr);
            foreach (var p in strings)
            {
                Marshal.FreeHGlobal(p);
            }
        }
    }

    /// <summary>
    /// The child keeps only descriptors 0-4: native libraries in the host (DuckDB among them) open files without
    /// close-on-exec, and those must not reach a candidate. The supervisor closes them again where the C library lacks
    /// posix_spawn_file_actions_addclosefrom_np (glibc before 2.34).
    /// </summary>
    private static void CloseFromFive(IntPtr actions)
    {
        try
        {
            posix_spawn_file_actions_addclosefrom_np(actions, 5);
        }
        catch (EntryPointNotFoundException)
        {
        }
    }

    /// <summary>The child's exit, awaited: wait4 blocks a dedicated thread, never a pool thread or the caller.</summary>
    public static Task<Exit> WaitAsync(int pid) =>
        Task.Factory.StartNew(() => Wait(pid), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public static Exit Wait(int pid)
    {
        while (true)
        {
            var rc = wait4(pid, out var status, 0, out var usage);
            if (rc == pid)
            {
                var signal = status & 0x7f;
                var code = signal == 0 ? (status >> 8) & 0xff : -1;
                var cpu = (usage.UtimeSec + usage.StimeSec) * 1000 + (usage.UtimeUsec + usage.StimeUsec) / 1000;
                return new Exit(code, signal, cpu, usage.MaxRss);
            }
            if (Marshal.GetLastPInvokeError() != 4)
            {
                throw new IOException($"wait4 failed: errno {Marshal.GetLastPInvokeError()}");
            }
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getrusage(int who, out RUsage usage);

    /// <summary>CPU milliseconds of all reaped children of this process (for benchmarks measuring one phase at a time).</summary>
    public static long ChildrenCpuMs()
    {
        getrusage(-1, out var u);
        return (u.UtimeSec + u.StimeSec) * 1000 + (u.UtimeUsec + u.StimeUsec) / 1000;
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string existing, string created);

    /// <summary>Creates a hard link; false when the file system refuses (another device, no permission).</summary>
    public static bool HardLink(string existing, string created) => link(existing, created) == 0;

    /// <summary>Sends SIGKILL to a process (or, with a negative id, a process group).</summary>
    public static void Kill(int pid) => kill(pid, Sigkill);

    private static IntPtr StringArray(IReadOnlyList<string> values, List<IntPtr> owned)
    {
        var array = Marshal.AllocHGlobal(IntPtr.Size * (values.Count + 1));
        owned.Add(array);
        for (var i = 0; i < values.Count; i++)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(values[i] + "\0");
            var copy = Marshal.AllocHGlobal(bytes.Length);
            Marshal.Copy(bytes, 0, copy, bytes.Length);
            owned.Add(copy);
            Marshal.WriteIntPtr(array, i * IntPtr.Size, copy);
        }
        Marshal.WriteIntPtr(array, values.Count * IntPtr.Size, IntPtr.Zero);
        return array;
    }

    private static void Check(int rc, string what)
    {
        if (rc != 0)
        {
            throw new IOException($"{what} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }
}
