using Grain.Core.Content;

namespace Grain.Core.Learning.Mock;

/// <summary>
/// An item a mock round can draw: its id, the round types it can be drawn for (<paramref name="Fits"/>, as its content kind
/// says), and the rounds and companies it is tagged with.
/// </summary>
public sealed record MockCandidate(string Id, IReadOnlyList<string> Fits, IReadOnlyList<string> Rounds, IReadOnlyList<string> Companies);

/// <summary>Builds a mock loop from a company profile, drawing for each round content the learner has not seen.</summary>
public static class MockLoopBuilder
{
    /// <summary>How many concept cards a phone screen asks.</summary>
    public const int PhoneScreenQuestions = 3;

    /// <summary>
    /// For each round, draws from the items that fit its type (three for a phone screen, one otherwise). Preference: unseen, then tagged for
    /// the round, then tagged for the company; ties broken by a seeded hash so different seeds give different loops.
    /// </summary>
    public static MockLoop Build(CompanyProfile company, IReadOnlyList<MockCandidate> candidates, IReadOnlySet<string> seen, int seed)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var rounds = company.Rounds.Select((round, i) =>
        {
            var count = round.Type == RoundType.PhoneScreen ? PhoneScreenQuestions : 1;
            var picks = candidates
                .Where(c => c.Fits.Contains(round.Type) && !used.Contains(c.Id))
                .OrderBy(c => seen.Contains(c.Id))
                .ThenByDescending(c => c.Rounds.Contains(round.Type))
                .ThenByDescending(c => c.Companies.Contains(company.Id))
                .ThenBy(c => Mix(seed, c.Id))
                .ThenBy(c => c.Id, StringComparer.Ordinal)
                .Take(count)
                .Select(c => c.Id)
                .ToList();
            used.UnionWith(picks);
            return new MockRound(i + 1, round.Type, round.Title, round.Minutes, picks);
        }).ToList();
        return new MockLoop(company.Id, rounds);
    }

    // A stable hash (string.GetHashCode is randomised per process).
    private static uint Mix(int seed, string id)
    {
        var h = 2166136261u ^ (uint)seed;
        foreach (var ch in id)
        {
            h = (h ^ ch) * 16777619u;
        }
        return h;
    }
}
