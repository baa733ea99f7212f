"""Grain's trusted supervisor (runs outside the sandbox, stdlib only).

Usage: supervisor.py [--join CGROUP_PROCS]... [--open PATH]... [--user UID:GID] -- COMMAND...
Joins the run's cgroups, opens the files named by --open (an argument "@fdN" of COMMAND becomes the
descriptor of the N-th one), forks, drops to UID:GID with no supplementary groups in the child and
executes COMMAND there, so the sandbox never runs as host root. It waits with wait4 and writes
"status cpu_seconds maxrss_kb" to fd 4. It exists because the judge host cannot fork itself: a
vfork-ed child would inherit the host's peak memory into its accounting. The command cannot see fd 4
(it is closed on exec).
"""
import os
import sys


def main():
    # Descriptors the judge host left open (native libraries open files without close-on-exec) never reach the
    # command: only stdin, stdout, stderr, the result channel and the usage report survive.
    os.closerange(5, os.sysconf("SC_OPEN_MAX"))
    args = sys.argv[1:]
    joins, opens, user = [], [], None
    while args and args[0] != "--":
        flag, value, args = args[0], args[1], args[2:]
        if flag == "--join":
            joins.append(value)
        elif flag == "--open":
            opens.append(value)
        elif flag == "--user":
            user = tuple(int(x) for x in value.split(":"))
        else:
            raise SystemExit("supervisor: unknown option " + flag)
    command = args[1:]
    for procs in joins:
        with open(procs, "w") as f:
            f.write(str(os.getpid()))
    fds = []
    for path in opens:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        os.set_inheritable(fd, True)
        fds.append(fd)
    command = [str(fds[int(a[3:])]) if a.startswith("@fd") else a for a in command]
    os.set_inheritable(4, False)
    pid = os.fork()
    if pid == 0:
        try:
            if user is not None:
                os.setgroups([])
                os.setgid(user[1])
                os.setuid(user[0])
                if os.getuid() != user[0] or os.geteuid() != user[0]:
                    os.write(2, b"grain sandbox: could not leave root before starting bwrap\n")
                    os._exit(126)
            os.execv(command[0], command)
        finally:
            os._exit(127)
    for fd in fds:
        os.close(fd)
    while True:
        try:
            _, status, usage = os.wait4(pid, 0)
            break
        except InterruptedError:
            continue
    os.write(4, ("%d %.6f %d\n" % (status, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)).encode())
    os._exit(0)


main()
