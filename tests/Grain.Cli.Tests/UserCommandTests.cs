using Grain.Store;
using Grain.Web.Accounts;

namespace Grain.Cli.Tests;

/// <summary><c>grain user add|list|disable|token</c> on a private data folder.</summary>
public sealed class UserCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("grain-users-").FullName;

    public void Dispose() => Directory.Delete(_data, true);

    private Task<CliRunner.Run> Run(string? input, params string[] args) =>
        CliRunner.RunWithInputAsync(_data, new Dictionary<string, string>(), input, [.. args, "--data", _data]);

    private async Task<StoredUser?> StoredAsync(string name)
    {
        await using var store = await GrainStore.OpenSqliteAsync(Path.Combine(_data, GrainStore.FileName));
        return await store.GetUserAsync(name);
    }

    [Fact]
    public async Task Should_Add_A_User_With_A_Hashed_Password_From_Stdin_And_List_Them()
    {
        // When
        var add = await Run("correct horse\n", "user", "add", "ana", "--role", "instructor", "--cohort", "spring", "--password-stdin");
        var list = await Run(null, "user", "list");

        // Then
        add.ExitCode.ShouldBe(0, add.Error);
        add.Out.ShouldContain("Added instructor ana to cohort spring.");
        var ana = (await StoredAsync("ana")).ShouldNotBeNull();
        ana.Role.ShouldBe(UserRoles.Instructor);
        ana.CohortId.ShouldBe("spring");
        ana.PasswordHash.ShouldNotBeNull().ShouldNotContain("correct horse");
        AccountSecrets.VerifyPassword("ana", ana.PasswordHash, "correct horse").ShouldBeTrue();
        AccountSecrets.VerifyPassword("ana", ana.PasswordHash, "wrong horse").ShouldBeFalse();
        list.ExitCode.ShouldBe(0, list.Error);
        list.Out.ShouldContain("ana");
        list.Out.ShouldContain("spring");
    }

    [Theory]
    [InlineData("secret123\n", "user", "add", "ana", "--password-stdin", "--role", "admin")]
    [InlineData("secret123\n", "user", "add", "bad name!", "--password-stdin")]
    [InlineData("secret123\n", "user", "add", "ana", "--password-stdin", "--cohort", "a/b")]
    [InlineData("secret123\n", "user", "add", "ana")]
    [InlineData("short\n", "user", "add", "ana", "--password-stdin")]
    [InlineData("", "user", "add", "ana", "--password-stdin")]
    [InlineData(null, "user", "disable", "nobody")]
    [InlineData(null, "user", "token", "nobody")]
    public async Task Should_Refuse_Bad_Input_With_A_Message_And_Exit_2(string? input, params string[] args)
    {
        // When
        var run = await Run(input, args);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("grain: ");
        run.Error.ShouldNotContain("   at ");
        (await StoredAsync("ana")).ShouldBeNull();
    }

    [Fact]
    public async Task Should_Refuse_A_Second_User_With_The_Same_Name()
    {
        // Given
        (await Run("secret123\n", "user", "add", "ana", "--password-stdin")).ExitCode.ShouldBe(0);

        // When
        var again = await Run("other-pass\n", "user", "add", "ana", "--password-stdin");

        // Then
        again.ExitCode.ShouldBe(2);
        again.Error.ShouldContain("already exists");
        AccountSecrets.VerifyPassword("ana", (await StoredAsync("ana"))!.PasswordHash, "secret123").ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Print_A_Token_Once_Store_Only_Its_Hash_And_Revoke_It()
    {
        // Given
        (await Run("secret123\n", "user", "add", "ana", "--password-stdin")).ExitCode.ShouldBe(0);

        // When
        var issued = await Run(null, "user", "token", "ana");
        var token = issued.Out.Trim();
        await using (var store = await GrainStore.OpenSqliteAsync(Path.Combine(_data, GrainStore.FileName)))
        {
            (await store.FindUserByApiTokenAsync(AccountSecrets.Hash(token))).ShouldNotBeNull().Name.ShouldBe("ana");
            (await store.FindUserByApiTokenAsync(token)).ShouldBeNull();
        }
        var revoked = await Run(null, "user", "token", "ana", "--revoke");

        // Then
        issued.ExitCode.ShouldBe(0, issued.Error);
        token.ShouldStartWith(AccountSecrets.TokenPrefix);
        token.Length.ShouldBeGreaterThan(40);
        revoked.ExitCode.ShouldBe(0, revoked.Error);
        revoked.Out.ShouldContain("Revoked 1 token of ana.");
        await using var after = await GrainStore.OpenSqliteAsync(Path.Combine(_data, GrainStore.FileName));
        (await after.FindUserByApiTokenAsync(AccountSecrets.Hash(token))).ShouldBeNull();
    }

    [Fact]
    public async Task Should_Disable_A_User_And_Refuse_Them_A_Token()
    {
        // Given
        (await Run("secret123\n", "user", "add", "ana", "--password-stdin")).ExitCode.ShouldBe(0);

        // When
        var disable = await Run(null, "user", "disable", "ana");
        var token = await Run(null, "user", "token", "ana");

        // Then
        disable.ExitCode.ShouldBe(0, disable.Error);
        (await StoredAsync("ana"))!.Disabled.ShouldBeTrue();
        token.ExitCode.ShouldBe(2);
        token.Error.ShouldContain("disabled");
    }
}
