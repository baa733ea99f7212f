using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Store;

namespace Grain.Web.Pages;

/// <summary>
/// A mock round answered in the real editor: the round's problem, the language and engine its Runs and Submits go to,
/// the code the editor opens with, and once the round is answered the Submit that grades it.
/// </summary>
public sealed record MockCodeRound(Problem Problem, JudgeLanguage Language, string? Engine, string Starter, string Code, StoredSubmission? Submission)
{
    /// <summary>Where the editor saves its draft.</summary>
    public string DraftUrl => $"/api/problems/{Uri.EscapeDataString(Problem.Id)}/draft";

    /// <summary>The draft's key in the browser's storage.</summary>
    public string DraftKey => Api.DraftApi.Key(Problem, Language.Id);
}
