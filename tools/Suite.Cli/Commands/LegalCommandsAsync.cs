using Grpc.Core;
using Suite.Contracts.LegalAid.V1;

namespace Suite.Cli.Commands;

/// <summary>The changes of a matter the CLI makes, each against the etag it just read.</summary>
public static class LegalCommandsAsync
{
    public delegate Task<Matter> Step(MatterService.MatterServiceClient client, Metadata headers, CancellationToken ct);

    public static Step Assign(Matter m, string handler, string name) => async (client, headers, ct) =>
        await client.AssignMatterAsync(new AssignMatterRequest { Id = m.Id, Etag = m.Etag, Handler = handler, HandlerName = name }, headers, cancellationToken: ct);

    public static Step Advance(Matter m, MatterAction action, string reason) => async (client, headers, ct) =>
        await client.AdvanceMatterAsync(new AdvanceMatterRequest { Id = m.Id, Etag = m.Etag, Action = action, Reason = reason }, headers, cancellationToken: ct);

    public static Step Colour(Matter m, RiskColour colour, string reason) => async (client, headers, ct) =>
        await client.SetRiskColourAsync(new SetRiskColourRequest { Id = m.Id, Etag = m.Etag, Colour = colour, Reason = reason }, headers, cancellationToken: ct);

    public static Step FollowUp(Matter m, string note) => async (client, headers, ct) =>
        await client.RecordFollowUpAsync(new RecordFollowUpRequest { Id = m.Id, Etag = m.Etag, Note = note }, headers, cancellationToken: ct);
}
