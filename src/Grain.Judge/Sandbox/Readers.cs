using System.Diagnostics;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Grain.Judge.Sandbox;

/// <summary>Reads a console stream up to a cap; past the cap the process is killed.</summary>
internal sealed class CappedReader(SafeFileHandle handle, int cap, Action kill)
{
    private readonly MemoryStream _kept = new();

    public bool Exceeded { get; private set; }

    public string Text => Encoding.UTF8.GetString(_kept.GetBuffer(), 0, (int)_kept.Length);

    public Task Start() => Task.Factory.StartNew(Pump, TaskCreationOptions.LongRunning);

    private void Pump()
    {
        using var stream = new FileStream(handle, FileAccess.Read, 1);
        var buffer = new byte[16384];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            if (Exceeded)
            {
                // Keep draining until the process is gone: closing the pipe early would let it see EPIPE and report an error instead.
                continue;
            }
            var room = cap - (int)_kept.Length;
            _kept.Write(buffer, 0, Math.Min(room, n));
            if (n > room)
            {
                Exceeded = true;
                kill();
            }
        }
    }
}

/// <summary>
/// Reads the harness's result channel line by line, noting when each call starts. A call start counts only after the
/// previous call ended and at most once per planned call, so frames forged by the candidate cannot restart a call's
/// clock more often than the job has calls. Lines <c>divert</c> takes are not kept.
/// </summary>
internal sealed class ResultReader(SafeFileHandle handle, long cap, string nonce, int calls, Action kill, Func<string, bool>? divert = null)
{
    private int _starts;
    private bool _inCall;

    private readonly List<string> _lines = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastCallTicks;

    public bool Exceeded { get; private set; }

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Time (since the reader started) when the last call began.</summary>
    public TimeSpan LastCallStarted => TimeSpan.FromTicks(Interlocked.Read(ref _lastCallTicks));

    public Task Start() => Task.Factory.StartNew(Pump, TaskCreationOptions.LongRunning);

    private void Pump()
    {
        using var stream = new FileStream(handle, FileAccess.Read, 1);
        var begin = nonce + " B ";
        var end = nonce + " E ";
        var failed = nonce + " X ";
        var buffer = new byte[65536];
        var pending = new MemoryStream();
        long total = 0;
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            total += n;
            if (Exceeded)
            {
                continue;
            }
            if (total > cap)
            {
                Exceeded = true;
                kill();
                continue;
            }
            var from = 0;
            for (var i = 0; i < n; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }
                pending.Write(buffer, from, i - from);
                var line = Encoding.UTF8.GetString(pending.GetBuffer(), 0, (int)pending.Length);
                pending.SetLength(0);
                from = i + 1;
                if (line.StartsWith(begin, StringComparison.Ordinal))
                {
                    if (!_inCall && _starts < calls)
                    {
                        _starts++;
                        _inCall = true;
                        Interlocked.Exchange(ref _lastCallTicks, _clock.Elapsed.Ticks);
                    }
                }
                else if (line.StartsWith(end, StringComparison.Ordinal) || line.StartsWith(failed, StringComparison.Ordinal))
                {
                    _inCall = false;
                }
                if (divert is null || !divert(line))
                {
                    _lines.Add(line);
                }
            }
            pending.Write(buffer, from, n - from);
        }
        if (pending.Length > 0)
        {
            _lines.Add(Encoding.UTF8.GetString(pending.GetBuffer(), 0, (int)pending.Length));
        }
    }
}
