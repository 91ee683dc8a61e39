using Grpc.Core;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;

namespace Suite.Cli.Infrastructure;

/// <summary>
/// Area names beside codes ("林口县 231025"), looked up once per code from the Registry. A code the caller may not
/// read, or a Registry that does not answer, shows the bare code: a name is a help, never a reason to fail.
/// </summary>
public sealed class AreaNames(Connection connection, CancellationToken ct)
{
    private readonly Dictionary<string, string> _names = [];
    private bool _registryAnswers = true;

    /// <summary>Looks up the names of these codes (once each).</summary>
    public async Task<AreaNames> LoadAsync(IEnumerable<string> codes)
    {
        foreach (var code in codes.Where(c => c.Length > 0).Distinct().Where(c => !_names.ContainsKey(c)))
        {
            _names[code] = _registryAnswers ? await LookUpAsync(code) : "";
        }
        return this;
    }

    /// <summary>The area's name, or its code when the name is unknown.</summary>
    public string Name(string code) => _names.GetValueOrDefault(code) is { Length: > 0 } name ? name : code;

    /// <summary>Name and code ("林口县 231025"); "(all)" for the empty prefix.</summary>
    public string Label(string code) =>
        code.Length == 0 ? Words.T("(all)") : _names.GetValueOrDefault(code) is { Length: > 0 } name ? $"{name} {code}" : code;

    public async Task<string> LabelAsync(string code) => (await LoadAsync([code])).Label(code);

    private async Task<string> LookUpAsync(string code)
    {
        try
        {
            var client = new AreasService.AreasServiceClient(connection.Channel(ResourceNames.Registry));
            return (await client.GetAreaAsync(new GetAreaRequest { Code = code }, connection.Headers(), deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: ct)).Name;
        }
        catch (Exception ex) when (ex is RpcException or CliException)
        {
            // Not found or not readable: this code stays bare. Unreachable: stop asking for the rest.
            _registryAnswers = ex is RpcException { StatusCode: StatusCode.NotFound or StatusCode.PermissionDenied or StatusCode.InvalidArgument };
            return "";
        }
    }
}
