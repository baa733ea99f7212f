using System.Collections.Concurrent;
using System.Text.Json;

namespace Grain.Web.Submissions;

/// <summary>Submissions as one JSON file each under <c>DATA/submissions</c>, written atomically (temp file + rename).</summary>
public sealed class FileSubmissionStore : ISubmissionStore
{
    private readonly string _folder;
    private readonly ConcurrentDictionary<string, Submission> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _write = new(1, 1);

    public FileSubmissionStore(string dataDirectory)
    {
        _folder = Path.Combine(dataDirectory, "submissions");
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.EnumerateFiles(_folder, "*.json"))
        {
            try
            {
                if (JsonSerializer.Deserialize<Submission>(File.ReadAllText(file)) is { } s)
                {
                    _cache[s.Id] = s;
                }
            }
            catch (JsonException)
            {
                // A torn or foreign file is skipped rather than taking the app down.
            }
        }
    }

    public Task AddAsync(Submission submission, CancellationToken cancellationToken = default) => WriteAsync(submission, cancellationToken);

    public Task UpdateAsync(Submission submission, CancellationToken cancellationToken = default) => WriteAsync(submission, cancellationToken);

    public Task<Submission?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cache.GetValueOrDefault(id));

    public Task<IReadOnlyList<Submission>> UnfinishedAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Submission>>(_cache.Values.Where(s => s.State != SubmissionState.Done).OrderBy(s => s.SubmittedAt).ToList());

    public Task<IReadOnlyList<Submission>> ForProblemAsync(string problem, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Submission>>(_cache.Values.Where(s => s.Problem == problem).OrderByDescending(s => s.SubmittedAt).ToList());

    public Task<IReadOnlyList<Submission>> AllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Submission>>(_cache.Values.OrderByDescending(s => s.SubmittedAt).ToList());

    private async Task WriteAsync(Submission submission, CancellationToken cancellationToken)
    {
        await _write.WaitAsync(cancellationToken);
        try
        {
            var path = Path.Combine(_folder, submission.Id + ".json");
            var temp = path + ".tmp";
            await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(submission), cancellationToken);
            File.Move(temp, path, overwrite: true);
            _cache[submission.Id] = submission;
        }
        finally
        {
            _write.Release();
        }
    }
}
