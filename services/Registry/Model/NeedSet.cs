using Suite.Contracts.Registry.V1;

namespace Suite.Registry.Model;

/// <summary>A set of <see cref="Need"/> values stored as one integer bit mask (bit n = need n), so "has need X" is one indexed-column test.</summary>
[Flags]
public enum NeedSet
{
    None = 0,
}
