using System.Collections.Concurrent;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;

namespace Suite.Web.Calls;

/// <summary>Area names from the Registry, each asked once per session (a list shows the same villages many times).</summary>
public sealed class AreaNames(SuiteCalls calls)
{
    private readonly ConcurrentDictionary<string, Task<string>> _names = new();

    /// <summary>The area's name, "全国" for the nationwide scope, "" when the Registry does not answer.</summary>
    public Task<string> NameAsync(string code) => code switch
    {
        "" => Task.FromResult(""),
        "*" => Task.FromResult("全国"),
        _ => _names.GetOrAdd(code, LookUpAsync),
    };

    private async Task<string> LookUpAsync(string code)
    {
        var answer = await calls.TryAsync(ResourceNames.Registry, (invoker, options) =>
            new AreasService.AreasServiceClient(invoker).GetAreaAsync(new GetAreaRequest { Code = code }, options).ResponseAsync);
        return answer.Value?.Name ?? "";
    }
}
