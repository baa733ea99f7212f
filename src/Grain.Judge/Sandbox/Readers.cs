using System.Diagnostics;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Grain.Judge.Sandbox;

/// <summary>Reads a console stream up to a cap; past the cap the process is killed.</summary>
internal sealed class CappedReader(SafeFileHandle handle, int cap, Action kill)
{
    private readonly MemoryStream _kept = new();
    private readonly Lock _gate = new();
    private bool _closed;

    public bool Exceeded { get; private set; }

    /// <summary>What was read so far; reading stops keeping anything once this is taken (a reader still draining after the wait gave up).</summary>
    public string Text
    {
        get
        {
            lock (_gate)
            {
                _closed = true;
                return Encoding.UTF8.GetString(_kept.GetBuffer(), 0, (int)_kept.Length);
            }
        }
    }

    public Task Start() => Task.Factory.StartNew(Pump, TaskCreationOptions.LongRunning);

    private void Pump()
    {
        using var stream = new FileStream(handle, FileAccess.Read, 1);
        var buffer = new byte[16384];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            lock (_gate)
            {
                if (Exceeded || _closed)
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
    private readonly Lock _gate = new();
    private bool _closed;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastCallTicks;

    public bool Exceeded { get; private set; }

    /// <summary>
    /// The lines read so far, as a copy: once taken, later lines are not kept, so a reader still draining a pipe that a
    /// leftover process holds open can never change what the verdict was computed from.
    /// </summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                _closed = true;
                return [.. _lines];
            }
        }
    }

    private void Keep(string line)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _lines.Add(line);
            }
        }
    }

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
                    Keep(line);
                }
            }
            pending.Write(buffer, from, n - from);
        }
        // Bytes after the last newline are a frame cut short (the process was killed while writing it), not a line:
        // the harness ends every frame with a newline, so dropping them leaves the call unfinished, judged by why the
        // process stopped, instead of an unreadable line read as forgery.
    }
}
