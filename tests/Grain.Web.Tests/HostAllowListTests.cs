using Grain.Web.Security;

namespace Grain.Web.Tests;

/// <summary>Which Host headers the app answers to, from configuration or its listening addresses.</summary>
public sealed class HostAllowListTests
{
    private static IEnumerable<string> Machine() => ["grain-box", "192.168.1.20", "[fe80::1]"];

    [Fact]
    public void Should_Allow_Only_Loopback_Names_When_Bound_To_Loopback()
    {
        // When
        var hosts = HostAllowList.From(null, "http://127.0.0.1:5000", Machine);

        // Then
        hosts.ShouldBe(["localhost", "127.0.0.1", "[::1]"], ignoreOrder: true);
    }

    [Fact]
    public void Should_Add_The_Named_Hosts_Of_The_Urls()
    {
        // When
        var hosts = HostAllowList.From(null, "http://Grain.LAN:8080;https://[::1]:8443/", Machine);

        // Then
        hosts.ShouldBe(["localhost", "127.0.0.1", "[::1]", "grain.lan"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://+:5000")]
    public void Should_Add_The_Machines_Names_And_Addresses_For_A_Wildcard_But_Never_Any_Host(string urls)
    {
        // When
        var hosts = HostAllowList.From(null, urls, Machine);

        // Then
        hosts.ShouldBe(["localhost", "127.0.0.1", "[::1]", "grain-box", "192.168.1.20", "[fe80::1]"], ignoreOrder: true);
        hosts.ShouldNotContain("*");
    }

    [Theory]
    [InlineData("*", new[] { "*" })]
    [InlineData("grain.lan; localhost", new[] { "grain.lan", "localhost" })]
    public void Should_Use_The_Configured_List_As_Given(string configured, string[] expected)
    {
        // When
        var hosts = HostAllowList.From(configured, "http://127.0.0.1:5000", Machine);

        // Then
        hosts.ShouldBe(expected);
    }

    [Fact]
    public void Should_Default_To_Loopback_When_No_Url_Is_Given()
    {
        // When
        var hosts = HostAllowList.From(null, null, Machine);

        // Then
        hosts.ShouldBe(["localhost", "127.0.0.1", "[::1]"], ignoreOrder: true);
    }
}
