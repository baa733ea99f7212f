using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Grain.Web.Security;

/// <summary>
/// The Host headers the app answers to: the names in its listening addresses, so a page on another site that
/// resolves its own name to this machine (DNS rebinding) gets 400, never Grain.
/// </summary>
public static class HostAllowList
{
    /// <summary>The names of the loopback interface, always allowed.</summary>
    public static readonly IReadOnlyList<string> LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>
    /// The configured list when there is one (';'-separated, <c>*</c> allows any host); otherwise the loopback names,
    /// every host named in <paramref name="urls"/>, and for a wildcard address (<c>0.0.0.0</c>, <c>[::]</c>, <c>*</c>,
    /// <c>+</c>) the machine's host name and interface addresses from <paramref name="machineNames"/>.
    /// </summary>
    public static IReadOnlyList<string> From(string? configured, string? urls, Func<IEnumerable<string>> machineNames)
    {
        if (configured is { Length: > 0 } && Split(configured) is { Count: > 0 } list)
        {
            return list;
        }
        var hosts = new List<string>(LoopbackNames);
        foreach (var url in Split(urls ?? "http://localhost:5000"))
        {
            var host = HostOf(url);
            if (host is "*" or "+" or "0.0.0.0" or "[::]")
            {
                hosts.AddRange(machineNames());
            }
            else if (host.Length > 0)
            {
                hosts.Add(host);
            }
        }
        return [.. hosts.Select(h => h.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>This machine's host name and the addresses of its network interfaces, as they appear in a Host header.</summary>
    public static IEnumerable<string> MachineNames()
    {
        yield return Dns.GetHostName();
        IEnumerable<IPAddress> addresses;
        try
        {
            addresses = NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address).ToList();
        }
        catch (NetworkInformationException)
        {
            yield break;
        }
        foreach (var address in addresses)
        {
            yield return address.AddressFamily == AddressFamily.InterNetworkV6
                ? $"[{new IPAddress(address.GetAddressBytes())}]"
                : address.ToString();
        }
    }

    /// <summary>The host part of a listening address such as <c>http://0.0.0.0:5000</c> or <c>http://[::1]:8080/</c>.</summary>
    public static string HostOf(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var slash = rest.IndexOf('/');
        if (slash >= 0)
        {
            rest = rest[..slash];
        }
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']');
            return close > 0 ? rest[..(close + 1)] : rest;
        }
        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }

    private static List<string> Split(string value) =>
        [.. value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
