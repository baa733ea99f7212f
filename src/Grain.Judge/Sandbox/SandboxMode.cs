namespace Grain.Judge.Sandbox;

/// <summary>How untrusted code is isolated.</summary>
public enum SandboxMode
{
    /// <summary>bubblewrap when installed, else local mode with a loud warning.</summary>
    Auto,

    /// <summary>bubblewrap or refuse to run (hosted mode, <c>--require-sandbox</c>).</summary>
    Required,

    /// <summary>Limits only, no isolation: single-user local mode.</summary>
    Local,
}
