using Grain.Testing;

namespace Grain.Content.Tests;

public sealed class BuiltInContentTests
{
    [Fact]
    public void Should_Load_The_Shipped_Content_Without_Problems()
    {
        // When
        var result = ContentLoader.Load(RepoPaths.Content);

        // Then
        result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        result.Library.Cards.Count.ShouldBeGreaterThanOrEqualTo(10);
        result.Library.Skills.Count.ShouldBe(8);
        result.Library.Companies.Count.ShouldBeGreaterThanOrEqualTo(5);
    }
}
