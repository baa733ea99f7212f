using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Grain.Web.Accounts;

/// <summary>Passwords (the framework's <see cref="PasswordHasher{TUser}"/>), personal API tokens and invite codes: only hashes are stored.</summary>
public static class AccountSecrets
{
    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>The prefix of every personal API token, so a leaked one is easy to recognise.</summary>
    public const string TokenPrefix = "grain_";

    /// <summary>The stored form of a password.</summary>
    public static string HashPassword(string name, string password) => Hasher.HashPassword(name, password);

    /// <summary>True when the password matches the stored hash (a null hash matches nothing).</summary>
    public static bool VerifyPassword(string name, string? hash, string password) =>
        hash is not null && Hasher.VerifyHashedPassword(name, hash, password) != PasswordVerificationResult.Failed;

    /// <summary>A new personal API token: 32 random bytes, URL-safe.</summary>
    public static string NewToken() => TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A new invite code: 32 random bytes, URL-safe.</summary>
    public static string NewInviteCode() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of a token or invite code: its SHA-256 in lower-case hex.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
