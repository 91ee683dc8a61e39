using Grpc.Core;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;

namespace Suite.Cli.Infrastructure;

/// <summary>
/// Women's names for lists from services that keep only her Registry id (Assistance holds no names by design): read
/// from the Registry in one ListWomen call per 500 ids, with the caller's own token, so scope, consent and auditing
/// apply as for any read. A woman the caller may not read, or a Registry that does not answer, shows no name.
/// </summary>
public sealed class WomenNames(Connection connection, CancellationToken ct)
{
    private const int PerCall = 500;
    private readonly Dictionary<long, string> _names = [];

    public async Task<WomenNames> LoadAsync(IEnumerable<long> ids)
    {
        var missing = ids.Distinct().Where(id => id > 0 && !_names.ContainsKey(id)).ToList();
        try
        {
            var client = new WomenService.WomenServiceClient(connection.Channel(ResourceNames.Registry));
            foreach (var batch in missing.Chunk(PerCall))
            {
                var filter = new WomenFilter();
                filter.Ids.AddRange(batch);
                var page = await client.ListWomenAsync(new ListWomenRequest { Filter = filter, PageSize = PerCall }, connection.Headers(),
                    deadline: DateTime.UtcNow.AddSeconds(10), cancellationToken: ct);
                foreach (var woman in page.Women)
                {
                    _names[woman.Id] = woman.Name;
                }
            }
        }
        catch (Exception ex) when (ex is RpcException or CliException)
        {
            // Names are a help, never a reason to fail the list.
        }
        return this;
    }

    public string Name(long id) => _names.GetValueOrDefault(id, "");
}
