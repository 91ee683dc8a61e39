using System.Text.Json;
using Suite.Security.Tokens;

namespace Suite.Cli.Infrastructure;

/// <summary>Profiles in {config dir}/profiles.json, readable by the user only (they hold tokens).</summary>
public sealed class Profiles(string configDirectory)
{
    private string PathName => Path.Combine(configDirectory, "profiles.json");

    public Dictionary<string, Profile> Load() =>
        File.Exists(PathName) ? JsonSerializer.Deserialize<Dictionary<string, Profile>>(File.ReadAllText(PathName)) ?? [] : [];

    public Profile Get(string name) => Load().GetValueOrDefault(name) ?? new Profile();

    public void Save(string name, Profile profile)
    {
        var all = Load();
        all[name] = profile;
        Directory.CreateDirectory(configDirectory);
        LocalSecretsFile.WritePrivate(PathName, JsonSerializer.Serialize(all, new JsonSerializerOptions { WriteIndented = true }));
    }
}
