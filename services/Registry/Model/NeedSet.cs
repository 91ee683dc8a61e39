using Suite.Contracts.Registry.V1;

namespace Suite.Registry.Model;

/// <summary>A set of <see cref="Need"/> values stored as one integer bit mask (bit n = need n), so "has need X" is one indexed-column test.</summary>
[Flags]
public enum NeedSet
{
    None = 0,
}

public static class NeedSets
{
    public static NeedSet Of(IEnumerable<Need> needs) =>
        needs.Where(n => n != Need.Unspecified).Aggregate(NeedSet.None, (set, need) => set | Bit(need));

    public static NeedSet Bit(Need need) => (NeedSet)(1 << (int)need);

    public static IEnumerable<Need> ToNeeds(this NeedSet set) =>
        Enum.GetValues<Need>().Where(n => n != Need.Unspecified && (set & Bit(n)) != 0);
}
