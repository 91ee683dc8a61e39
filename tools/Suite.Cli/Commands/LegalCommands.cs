using System.CommandLine;
using Grpc.Net.Client;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.LegalAid.V1;

namespace Suite.Cli.Commands;

/// <summary>suite legal: matters (intake, handler, steps, three colours, overdue), legal aid, protection orders, police referrals, statistics.</summary>
public static class LegalCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("legal", "Legal aid and rights: matters, three-colour control, legal aid, protection orders, police referrals");
        foreach (var sub in LegalMatterCommands.Create(context).Concat(LegalCaseCommands.Create(context)))
        {
            command.Subcommands.Add(sub);
        }
        return command;
    }

    public static GrpcChannel Channel(Connection connection) => connection.Channel(ResourceNames.LegalAid);

    public static MatterService.MatterServiceClient Matters(Connection connection) => new(Channel(connection));
}
