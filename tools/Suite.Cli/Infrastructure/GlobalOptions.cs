using System.CommandLine;

namespace Suite.Cli.Infrastructure;

/// <summary>Options every command takes.</summary>
public static class GlobalOptions
{
    public static readonly Option<string> Profile = new("--profile") { Description = "Profile to use (token, endpoints)", DefaultValueFactory = _ => "default", Recursive = true };
    public static readonly Option<string?> Registry = new("--registry") { Description = "Registry address, e.g. http://127.0.0.1:5101 (default: the running AppHost's)", Recursive = true };
    public static readonly Option<string?> Assistance = new("--assistance") { Description = "Assistance address (default: the running AppHost's)", Recursive = true };
    public static readonly Option<string?> LegalAid = new("--legalaid") { Description = "Legal aid address (default: the running AppHost's)", Recursive = true };
    public static readonly Option<string?> Employment = new("--employment") { Description = "Employment address (default: the running AppHost's)", Recursive = true };
    public static readonly Option<string?> FamilyEducation = new("--familyeducation") { Description = "Family education address (default: the running AppHost's)", Recursive = true };
    public static readonly Option<string?> Community = new("--community") { Description = "Community address (default: the running AppHost's)", Recursive = true };
    public static readonly Option<string?> Supervision = new("--supervision") { Description = "Supervision address (default: the running AppHost's)", Recursive = true };
    public static readonly Option<string?> Token = new("--token") { Description = "Bearer token to use instead of the profile's", Recursive = true };
    public static readonly Option<string?> DataDir = new("--data-dir") { Description = "The AppHost's data folder (default: data/ of the repository around the current folder)", Recursive = true };
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show the trace id of failed calls", Recursive = true };

    public static readonly Option<string?> Lang = new("--lang") { Description = "Language of the output: zh (default) or en; default follows the locale", Recursive = true };

    static GlobalOptions() => Lang.AcceptOnlyFromAmong(Words.Languages);

    public static IEnumerable<Option> All => [Lang, Profile, Registry, Assistance, LegalAid, Employment, FamilyEducation, Community, Supervision, Token, DataDir, Verbose];
}
