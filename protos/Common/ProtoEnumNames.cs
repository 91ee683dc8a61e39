using System.Collections.Concurrent;
using System.Reflection;
using Google.Protobuf.Reflection;

namespace Suite.Contracts.Common;

/// <summary>The .proto name of a generated enum value (e.g. "HEALTH_STATUS_DISABLED"), as clients see it on the wire and in JSON.</summary>
public static class ProtoEnumNames
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Of(Enum value) => Cache.GetOrAdd(value, v =>
        v.GetType().GetField(v.ToString())?.GetCustomAttribute<OriginalNameAttribute>()?.Name ?? v.ToString());
}
