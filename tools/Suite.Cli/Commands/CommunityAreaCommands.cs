using System.CommandLine;
using Suite.Cli.Infrastructure;

namespace Suite.Cli.Commands;

/// <summary>The groups of "suite community" beyond places, one per area, each built by its own class.</summary>
public static class CommunityAreaCommands
{
    public static IEnumerable<Command> All(CliContext context) =>
    [
        .. CommunityCounsellingCommands.All(context),
        .. CommunityVolunteerCommands.All(context),
        .. CommunityActivityCommands.All(context),
        .. CommunityCommendationCommands.All(context),
        .. CommunityStatisticsCommands.All(context),
    ];
}
