using Grpc.Core;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;

namespace Suite.Cli.Infrastructure;

/// <summary>
/// Women's names for lists from services that keep only her Registry id (Assistance holds no names by design): looked
/// up from the Registry with the caller's own token, so scope and auditing apply as for any read. A woman the caller
/// may not read, or a Registry that does not answer, shows no name.
/// </summary>
public sealed class WomenNames(Connection connection, CancellationToken ct)
{
    private readonly Dictionary<long, string> _names = [];

    public async Task<WomenNames> LoadAsync(IEnumerable<long> ids)
    {
        var missing = ids.Distinct().Where(id => !_names.ContainsKey(id)).ToList();
        WomenService.WomenServiceClient client;
        Metadata headers;
        try
        {
            client = new WomenService.WomenServiceClient(connection.Channel(ResourceNames.Registry));
            headers = connection.Headers();
        }
        catch (CliException)
        {
            return this;
        }
        using var gate = new SemaphoreSlim(8);
        var found = await Task.WhenAll(missing.Select(async id =>
        {
            await gate.WaitAsync(ct);
            try
            {
                return (id, (await client.GetWomanAsync(new GetWomanRequest { Id = id }, headers, deadline: DateTime.UtcNow.AddSeconds(10), cancellationToken: ct)).Name);
            }
            catch (RpcException)
            {
                return (id, "");
            }
            finally
            {
                gate.Release();
            }
        }));
        foreach (var (id, name) in found)
        {
            _names[id] = name;
        }
        return this;
    }

    public string Name(long id) => _names.GetValueOrDefault(id, "");
}
