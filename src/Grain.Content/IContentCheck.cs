namespace Grain.Content;

/// <summary>
/// A deeper check run by <c>grain content check</c> after loading, contributed by another project
/// (the judges check that every reference solution passes its own tests; modelling queries must run).
/// </summary>
public interface IContentCheck
{
    /// <summary>A short name shown while the check runs.</summary>
    string Name { get; }

    /// <summary>Checks the library and returns every problem found.</summary>
    Task<IReadOnlyList<ContentDiagnostic>> CheckAsync(ContentLibrary library, CancellationToken cancellationToken);
}
