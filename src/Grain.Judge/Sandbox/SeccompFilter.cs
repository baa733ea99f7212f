using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Grain.Judge.Sandbox;

/// <summary>
/// The classic-BPF seccomp program bubblewrap installs on the sandboxed process (<c>--seccomp FD</c>): it refuses the
/// system calls that reach kernel surface a solution never needs (namespaces, mounts, ptrace, keyrings, io_uring, bpf,
/// perf events, modules) and kills a process that uses another architecture's system call table.
/// </summary>
public static class SeccompFilter
{
    private const uint AuditArchX8664 = 0xC000003E;
    private const uint AuditArchAarch64 = 0xC00000B7;
    private const uint X32Bit = 0x40000000;
    private const uint RetAllow = 0x7fff0000;
    private const uint RetErrno = 0x00050000;
    private const uint RetKillProcess = 0x80000000;
    private const uint Eperm = 1;
    private const uint Enosys = 38;

    // CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET.
    private const uint NamespaceFlags = 0x7E020000;

    private const ushort LdAbs = 0x20;
    private const ushort JeqK = 0x15;
    private const ushort JgeK = 0x35;
    private const ushort JsetK = 0x45;
    private const ushort RetK = 0x06;

    /// <summary>Refused system calls (x86_64 number, aarch64 number); both get EPERM.</summary>
    private static readonly (string Name, uint X64, uint Arm64)[] Refused =
    [
        ("unshare", 272, 97), ("setns", 308, 268), ("mount", 165, 40), ("umount2", 166, 39), ("pivot_root", 155, 41),
        ("chroot", 161, 51), ("open_tree", 428, 428), ("move_mount", 429, 429), ("fsopen", 430, 430), ("fsconfig", 431, 431),
        ("fsmount", 432, 432), ("fspick", 433, 433), ("mount_setattr", 442, 442), ("ptrace", 101, 117),
        ("process_vm_readv", 310, 270), ("process_vm_writev", 311, 271), ("io_uring_setup", 425, 425),
        ("io_uring_enter", 426, 426), ("io_uring_register", 427, 427), ("bpf", 321, 280), ("perf_event_open", 298, 241),
        ("keyctl", 250, 219), ("add_key", 248, 217), ("request_key", 249, 218), ("userfaultfd", 323, 282),
        ("name_to_handle_at", 303, 264), ("open_by_handle_at", 304, 265), ("kexec_load", 246, 104),
        ("kexec_file_load", 320, 294), ("init_module", 175, 105), ("finit_module", 313, 273), ("delete_module", 176, 106),
        ("syslog", 103, 116), ("acct", 163, 89), ("swapon", 167, 224), ("swapoff", 168, 225), ("reboot", 169, 142),
        ("quotactl", 179, 60),
    ];

    private static readonly (uint X64, uint Arm64) Clone = (56, 220);
    private static readonly (uint X64, uint Arm64) Clone3 = (435, 435);

    /// <summary>The names of the refused system calls (clone and clone3 are filtered separately).</summary>
    public static IEnumerable<string> RefusedNames => Refused.Select(r => r.Name);

    /// <summary>The program for this machine's architecture, or null when it is neither x86_64 nor aarch64.</summary>
    public static byte[]? ForThisMachine() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => Build(arm: false),
        Architecture.Arm64 => Build(arm: true),
        _ => null,
    };

    private readonly record struct Insn(ushort Code, string? True, string? False, uint K, string? Label = null);

    private static byte[] Build(bool arm)
    {
        var code = new List<Insn>
        {
            new(LdAbs, null, null, 4),
            new(JeqK, null, "kill", arm ? AuditArchAarch64 : AuditArchX8664),
            new(LdAbs, null, null, 0),
        };
        if (!arm)
        {
            code.Add(new(JgeK, "eperm", null, X32Bit));
        }
        foreach (var r in Refused)
        {
            code.Add(new(JeqK, "eperm", null, arm ? r.Arm64 : r.X64));
        }
        // glibc falls back to clone when clone3 is missing, and clone's flags can be inspected (clone3's are behind a pointer).
        code.Add(new(JeqK, "enosys", null, arm ? Clone3.Arm64 : Clone3.X64));
        code.Add(new(JeqK, "clone", null, arm ? Clone.Arm64 : Clone.X64));
        code.Add(new(RetK, null, null, RetAllow));
        code.Add(new(LdAbs, null, null, 16, "clone"));
        code.Add(new(JsetK, "eperm", null, NamespaceFlags));
        code.Add(new(RetK, null, null, RetAllow));
        code.Add(new(RetK, null, null, RetErrno | Eperm, "eperm"));
        code.Add(new(RetK, null, null, RetErrno | Enosys, "enosys"));
        code.Add(new(RetK, null, null, RetKillProcess, "kill"));
        var labels = code.Select((insn, i) => (insn.Label, i)).Where(p => p.Label is not null).ToDictionary(p => p.Label!, p => p.i);
        var bytes = new byte[code.Count * 8];
        for (var i = 0; i < code.Count; i++)
        {
            var insn = code[i];
            var span = bytes.AsSpan(i * 8, 8);
            BinaryPrimitives.WriteUInt16LittleEndian(span, insn.Code);
            span[2] = Offset(insn.True, i, labels);
            span[3] = Offset(insn.False, i, labels);
            BinaryPrimitives.WriteUInt32LittleEndian(span[4..], insn.K);
        }
        return bytes;
    }

    private static byte Offset(string? label, int at, Dictionary<string, int> labels)
    {
        if (label is null)
        {
            return 0;
        }
        var jump = labels[label] - at - 1;
        return jump is >= 0 and <= 255 ? (byte)jump : throw new InvalidOperationException($"seccomp jump to {label} out of range");
    }
}
