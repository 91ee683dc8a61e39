using System.Text.Json;

namespace Suite.Security.Tokens;

/// <summary>
/// data/secrets/local-secrets.json: created by the AppHost on first run (owner-only, never in git), read by the
/// AppHost and by the suite CLI to mint development tokens.
/// </summary>
public static class LocalSecretsFile
{
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "secrets", "local-secrets.json");

    public static LocalSecrets? Read(string dataDirectory) =>
        File.Exists(PathIn(dataDirectory)) ? JsonSerializer.Deserialize<LocalSecrets>(File.ReadAllText(PathIn(dataDirectory))) : null;

    public static LocalSecrets LoadOrCreate(string dataDirectory)
    {
        if (Read(dataDirectory) is { } existing)
        {
            return existing;
        }
        var secrets = new LocalSecrets(NewKey(), NewKey(), NewKey());
        var path = PathIn(dataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WritePrivate(path, JsonSerializer.Serialize(secrets));
        return secrets;
    }

    // 256 random bits, base64: the size of each key (HMAC-SHA256 signing, AES-256 field encryption, HMAC field hashing).
    private static string NewKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>Writes a file readable by its owner only.</summary>
    public static void WritePrivate(string path, string content)
    {
        File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
