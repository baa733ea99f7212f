using Grain.Judge.Comparison;

namespace Grain.Judge.Python;

/// <summary>
/// Feeds a call's items to the digest; the host hashes them itself, so a run can only match the reference by producing its
/// output. Lines are queued and digested on another thread, so a slow digest never holds up the reader of the channel.
/// </summary>
internal sealed class DigestFeed(string nonce, OutputDigest digest)
{
    private readonly System.Threading.Channels.Channel<string> _queue = System.Threading.Channels.Channel.CreateUnbounded<string>(
        new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly string _prefix = nonce + " ";
    private Task<bool>? _consumer;

    /// <summary>Takes the item and begin lines of the run (begin lines are also kept for the parser).</summary>
    public bool Divert(string line)
    {
        if (!line.StartsWith(_prefix, StringComparison.Ordinal) || line.Length < _prefix.Length + 2 || line[_prefix.Length + 1] != ' ')
        {
            return false;
        }
        var at = _prefix.Length;
        var begin = HarnessFrame.Is(line, at, HarnessFrame.Begin);
        if (!begin && !HarnessFrame.Is(line, at, HarnessFrame.Item) && !HarnessFrame.Is(line, at, HarnessFrame.Pair) && !HarnessFrame.Is(line, at, HarnessFrame.Value))
        {
            return false;
        }
        _consumer ??= Task.Run(ConsumeAsync);
        _queue.Writer.TryWrite(line);
        return !begin;
    }

    /// <summary>Waits until every queued line is digested; false when one could not be read (a forged item).</summary>
    public async Task<bool> FinishAsync()
    {
        _queue.Writer.TryComplete();
        return _consumer is null || await _consumer;
    }

    private async Task<bool> ConsumeAsync()
    {
        var ok = true;
        await foreach (var line in _queue.Reader.ReadAllAsync())
        {
            var tag = line.Substring(_prefix.Length, 1);
            if (tag == HarnessFrame.Begin)
            {
                digest.Reset();
                continue;
            }
            try
            {
                digest.Add(tag, line[(_prefix.Length + 2)..]);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException or ArgumentException)
            {
                ok = false;
            }
        }
        return ok;
    }
}
