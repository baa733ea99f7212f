using Grain.Judge.Comparison;

namespace Grain.Judge.Python;

/// <summary>Compares a call's result with the reference's under the problem's mode, tolerance and normalisation.</summary>
internal sealed class CallComparer(TestsFile tests)
{
    private readonly ResultComparer _comparer = new(tests.Mode, tests.Tolerance);

    /// <summary>Compares <paramref name="actual"/> with <paramref name="expected"/>, both normalised as the problem says.</summary>
    public Comparison.Comparison Compare(CallResult expected, CallResult actual) =>
        _comparer.Compare(ResultNormalizer.Normalize(expected, tests, true), ResultNormalizer.Normalize(actual, tests, expected.IsSequence));
}
