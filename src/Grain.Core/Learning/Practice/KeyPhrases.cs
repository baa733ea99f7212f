using System.Text.RegularExpressions;

namespace Grain.Core.Learning.Practice;

/// <summary>Finds the key phrases an answer did not mention.</summary>
public static partial class KeyPhrases
{
    /// <summary>Phrases not found in the answer. A phrase counts as found when its text appears, or when every
    /// word of four letters or more appears (so "partition overwrite" matches "overwrite the partition").</summary>
    public static IReadOnlyList<string> Missing(string answer, IEnumerable<string> phrases)
    {
        var text = Normalise(answer);
        var words = new HashSet<string>(Words().Matches(text).Select(m => m.Value), StringComparer.Ordinal);
        return phrases.Where(phrase =>
        {
            var p = Normalise(phrase);
            if (p.Length == 0 || text.Contains(p, StringComparison.Ordinal))
            {
                return false;
            }
            var significant = Words().Matches(p).Select(m => m.Value).Where(w => w.Length >= 4).ToList();
            return significant.Count == 0 || !significant.All(w => words.Contains(w) || words.Any(a => a.StartsWith(w[..^1], StringComparison.Ordinal)));
        }).ToList();
    }

    private static string Normalise(string text) => Spaces().Replace(Markup().Replace(text.ToLowerInvariant(), " "), " ").Trim();

    [GeneratedRegex(@"[\s]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[`*_\[\]()""]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
