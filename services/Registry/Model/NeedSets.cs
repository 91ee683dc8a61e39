using Suite.Contracts.Registry.V1;

namespace Suite.Registry.Model;

public static class NeedSets
{
    public static NeedSet Of(IEnumerable<Need> needs) =>
        needs.Where(n => n != Need.Unspecified).Aggregate(NeedSet.None, (set, need) => set | Bit(need));

    public static NeedSet Bit(Need need) => (NeedSet)(1 << (int)need);

    public static IEnumerable<Need> ToNeeds(this NeedSet set) =>
        Enum.GetValues<Need>().Where(n => n != Need.Unspecified && (set & Bit(n)) != 0);
}
