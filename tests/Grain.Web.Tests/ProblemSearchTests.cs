using Grain.Web.Tests.Support;

namespace Grain.Web.Tests;

/// <summary>The problem list's text search.</summary>
public sealed class ProblemSearchTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    [Fact]
    public async Task Should_Find_Problems_By_Text_Together_With_The_Filters()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var average = await client.GetStringAsync("/problems?q=average+price");
        var withLanguage = await client.GetStringAsync("/problems?q=average&language=python");
        var nothing = await client.GetStringAsync("/problems?q=zzzz-no-such-word");

        // Then
        average.ShouldContain("href=\"/problems/avg-price-per-item\"");
        average.ShouldNotContain("href=\"/problems/count-events\"");
        average.ShouldContain("value=\"average price\"");
        withLanguage.ShouldNotContain("href=\"/problems/avg-price-per-item\"");
        nothing.ShouldContain("No problem matches");
    }
}
