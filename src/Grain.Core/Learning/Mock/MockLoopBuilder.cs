using Grain.Core.Content;

namespace Grain.Core.Learning.Mock;

/// <summary>An item a mock round can draw: its id, kind (card, problem, design, modeling, behavioral) and language for problems.</summary>
public sealed record MockCandidate(string Id, string Kind, string? Language, IReadOnlyList<string> Rounds, IReadOnlyList<string> Companies);

/// <summary>Builds a mock loop from a company profile, drawing for each round content the learner has not seen.</summary>
public static class MockLoopBuilder
{
    /// <summary>How many concept cards a phone screen asks.</summary>
    public const int PhoneScreenQuestions = 3;

    /// <summary>
    /// For each round, draws from items of the matching kind (sql → SQL problem, coding → Python problem, system-design → design,
    /// data-modeling → modelling, behavioral → behavioural prompt, phone-screen → three cards). Preference: unseen, then tagged for
    /// the round, then tagged for the company; ties broken by a seeded hash so different seeds give different loops.
    /// </summary>
    public static MockLoop Build(CompanyProfile company, IReadOnlyList<MockCandidate> candidates, IReadOnlySet<string> seen, int seed)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var rounds = company.Rounds.Select((round, i) =>
        {
            var count = round.Type == RoundType.PhoneScreen ? PhoneScreenQuestions : 1;
            var picks = candidates
                .Where(c => Fits(c, round.Type) && !used.Contains(c.Id))
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

    private static bool Fits(MockCandidate c, string roundType) => roundType switch
    {
        RoundType.Sql => c.Kind == "problem" && c.Language == "sql",
        RoundType.Coding => c.Kind == "problem" && c.Language == "python",
        RoundType.SystemDesign => c.Kind == "design",
        RoundType.DataModeling => c.Kind == "modeling",
        RoundType.Behavioral => c.Kind == "behavioral",
        _ => c.Kind == "card",
    };

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
