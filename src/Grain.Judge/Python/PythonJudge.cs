using System.Security.Cryptography;
using System.Text;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Sandbox;

namespace Grain.Judge.Python;

/// <summary>
/// Grades Python submissions: examples, hidden and fault cases, re-run checks and a scale check,
/// each run by the trusted harness in the sandbox and compared in C# with the reference's output.
/// </summary>
public sealed partial class PythonJudge : IJudge
{
    private readonly PythonJudgeOptions _options;
    private readonly Lazy<PythonSandbox> _sandbox;
    private readonly string _harnessPath;
    private readonly string _harnessHash;

    public PythonJudge(PythonJudgeOptions options)
    {
        _options = options;
        _sandbox = new Lazy<PythonSandbox>(() => new PythonSandbox(options.Sandbox, Interpreter(options), options.RunCgroups));
        _harnessPath = Path.Combine(AppContext.BaseDirectory, "Python", "harness.py");
        _harnessHash = File.Exists(_harnessPath) ? Hash(File.ReadAllBytes(_harnessPath)) : "missing";
    }

    public string Language => "python";

    /// <summary>The interpreter the options name; null for the default (<c>python3</c> on PATH).</summary>
    private static PythonInstall? Interpreter(PythonJudgeOptions options) => options.Python is not { } command ? null
        : PythonInstall.Find(command) ?? throw new SandboxUnavailableException($"the Python interpreter '{command}' does not start (GRAIN_PYTHON)");

    internal PythonJudgeOptions Options => _options;

    internal string HarnessPath => _harnessPath;

    internal string HarnessHash => _harnessHash;

    /// <summary>The sandbox warning for local mode, or null when isolated (creating the sandbox if needed).</summary>
    public string? SandboxWarning => _sandbox.Value.Warning;

    public async Task<JudgeReport> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken = default)
    {
        if (_options.Library.Find<Problem>(request.ProblemId) is not { Language: "python" } problem)
        {
            return Error(request.ProblemId, Verdict.IE, $"no Python problem with id '{request.ProblemId}'");
        }
        if (!File.Exists(_harnessPath))
        {
            return Error(problem.Id, Verdict.IE, "the judge's harness.py is missing next to Grain.Judge.dll");
        }
        TestsFile tests;
        try
        {
            tests = TestsFile.Load(Path.Combine(problem.Directory, "tests.yaml"));
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            return Error(problem.Id, Verdict.IE, "the problem's tests.yaml is invalid: " + ex.Message);
        }
        PythonSandbox sandbox;
        try
        {
            sandbox = _sandbox.Value;
        }
        catch (SandboxUnavailableException ex)
        {
            return Error(problem.Id, Verdict.IE, ex.Message);
        }
        var run = new Submission(this, sandbox, problem, tests, request.Code);
        try
        {
            return await run.GradeAsync(request.ExamplesOnly, cancellationToken, request.Progress);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or FormatException)
        {
            return Error(problem.Id, Verdict.IE, "the judge failed: " + ex.Message);
        }
    }

    private static JudgeReport Error(string problem, Verdict verdict, string message) => new()
    {
        Problem = problem,
        Language = "python",
        Status = JudgeStatus.Error,
        Message = message,
        Tests = [],
    };

    internal static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..32].ToLowerInvariant();

    internal static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    internal string CacheDirectory(string kind)
    {
        var dir = Path.Combine(_options.DataDirectory, "judge", kind);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
