using System.Text.Json;
using Suite.Security.Tokens;

namespace Suite.Cli.Infrastructure;

/// <summary>A named set of connection settings: the token and, optionally, fixed service endpoints.</summary>
public sealed class Profile
{
    public string Token { get; set; } = "";
    public Dictionary<string, string> Endpoints { get; set; } = [];
}
