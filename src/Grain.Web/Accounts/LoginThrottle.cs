using System.Threading.RateLimiting;

namespace Grain.Web.Accounts;

/// <summary>
/// Sign-in attempts per client address and user name: <see cref="PermitsPerMinute"/> a minute (ASP.NET Core's
/// partitioned fixed-window rate limiter). The name comes from the form body, so the check runs in the handler.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    /// <summary>Attempts allowed per address and name each minute.</summary>
    public const int PermitsPerMinute = 5;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PermitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Takes one attempt for the address and name; false when they used up this minute's attempts.</summary>
    public bool TryAttempt(HttpContext context, string name)
    {
        var key = $"{context.Connection.RemoteIpAddress}|{name.ToLowerInvariant()}";
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
