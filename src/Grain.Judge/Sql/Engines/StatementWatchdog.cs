namespace Grain.Judge.Sql.Engines;

/// <summary>
/// Interrupts a running statement at its deadline or when the request is cancelled, and never after it ended: a timer
/// callback can still be running when the statement returns and its connection is disposed, and an interrupt on a
/// disposed connection would throw on a pool thread and end the process. Disposing waits for a callback in progress.
/// </summary>
internal sealed class StatementWatchdog : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Action _interrupt;
    private readonly Timer _timer;
    private readonly CancellationTokenRegistration _cancel;
    private bool _running = true;

    public StatementWatchdog(Action interrupt, TimeSpan deadline, CancellationToken cancellationToken)
    {
        _interrupt = interrupt;
        _timer = new Timer(_ => Interrupt(deadline: true), null, deadline, Timeout.InfiniteTimeSpan);
        _cancel = cancellationToken.Register(() => Interrupt(deadline: false));
    }

    /// <summary>True when the deadline interrupted the statement.</summary>
    public bool Fired { get; private set; }

    private void Interrupt(bool deadline)
    {
        lock (_gate)
        {
            if (!_running)
            {
                return;
            }
            Fired |= deadline;
            _interrupt();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _running = false;
        }
        _timer.Dispose();
        _cancel.Dispose();
    }
}
