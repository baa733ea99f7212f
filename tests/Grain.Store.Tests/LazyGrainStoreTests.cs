namespace Grain.Store.Tests;

/// <summary>The web app's store opens on first use, asynchronously, and a failed open is tried again.</summary>
public sealed class LazyGrainStoreTests
{
    [Fact]
    public async Task Should_Try_Again_After_A_Failed_Open_And_Keep_The_Store_Once_Open()
    {
        // Given: the data folder's path is taken by a file, so the first open fails
        var root = Directory.CreateTempSubdirectory("grain-lazy-store-").FullName;
        var data = Path.Combine(root, "data");
        await File.WriteAllTextAsync(data, "not a folder");
        try
        {
            await using var store = GrainStore.OpenLazily(data, _ => null);

            // When
            await Should.ThrowAsync<IOException>(() => store.GetOrCreateUserAsync(IGrainStore.LocalUser));
            File.Delete(data);
            var user = await store.GetOrCreateUserAsync(IGrainStore.LocalUser);
            var opened = await store.OpenAsync();

            // Then
            store.Engine.ShouldBe("sqlite");
            (await store.OpenAsync()).ShouldBeSameAs(opened);
            (await store.GetOrCreateUserAsync(IGrainStore.LocalUser)).ShouldBe(user);
            (await store.SchemaVersionAsync()).ShouldBeGreaterThan(0);
            File.Exists(Path.Combine(data, GrainStore.FileName)).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Should_Name_The_Engine_Before_Opening()
    {
        // When
        var postgres = GrainStore.OpenLazily("/nowhere", name => name == GrainStore.ConnectionVariable ? "Host=127.0.0.1;Port=1" : null);

        // Then
        postgres.Engine.ShouldBe("postgres");
    }
}
