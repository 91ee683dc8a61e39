using System.CommandLine;
using Suite.Cli.Infrastructure;

namespace Suite.Cli.Commands;

/// <summary>The "suite community" groups of this area (none yet).</summary>
public static class CommunityVolunteerCommands
{
    public static IEnumerable<Command> All(CliContext context) => [];
}
