namespace Grain.Store;

/// <summary>Where a submission is in grading.</summary>
public static class SubmissionStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Error = "error";
}
