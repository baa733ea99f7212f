"""Grain's trusted supervisor (runs outside the sandbox, stdlib only).

Usage: supervisor.py CGROUP_PROCS_OR_DASH COMMAND...
Forks COMMAND, waits for it with wait4 and writes "status cpu_seconds maxrss_kb" to fd 4.
It exists because the judge host cannot fork itself: a vfork-ed child would inherit the host's
peak memory into its accounting. The command cannot see fd 4 (it is closed on exec).
"""
import os
import sys


def main():
    procs = sys.argv[1]
    if procs != "-":
        with open(procs, "w") as f:
            f.write(str(os.getpid()))
    os.set_inheritable(4, False)
    pid = os.fork()
    if pid == 0:
        try:
            os.execv(sys.argv[2], sys.argv[2:])
        finally:
            os._exit(127)
    while True:
        try:
            _, status, usage = os.wait4(pid, 0)
            break
        except InterruptedError:
            continue
    os.write(4, ("%d %.6f %d\n" % (status, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)).encode())
    os._exit(0)


main()
