using System.Globalization;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Registry.Model;
using Suite.Registry.Rules;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>Turns a <see cref="Proto.WomenFilter"/> into an index-friendly query over the ledger.</summary>
public static class WomenFilterQuery
{
    public static void Validate(Proto.WomenFilter? filter, FieldViolations errors, string prefix = "filter.")
    {
        if (filter is null)
        {
            return;
        }
        errors.Require(AreaCode.IsValidPrefix(filter.AreaCode), prefix + "area_code", "must be empty or 2, 4, 6, 9 or 12 digits");
        errors.Defined(prefix + "status", filter.Status, required: false);
        errors.Defined(prefix + "min_priority", filter.MinPriority, required: false);
        errors.Defined(prefix + "need", filter.Need, required: false);
        errors.Text(prefix + "name_prefix", filter.NamePrefix, 50, required: false);
        errors.Require(filter.Ids.Count <= MaxIds && filter.Ids.All(id => id > 0), prefix + "ids", $"must be 1 to {MaxIds} Registry ids");
    }

    public const int MaxIds = 500;

    public static IQueryable<Woman> InArea(this IQueryable<Woman> women, string areaCode)
    {
        if (areaCode.Length == 0)
        {
            return women;
        }
        var (low, high) = AreaCode.VillageRange(areaCode);
        return women.Where(w => string.Compare(w.VillageCode, low) >= 0 && string.Compare(w.VillageCode, high) <= 0);
    }

    public static IQueryable<Woman> Matching(this IQueryable<Woman> women, Proto.WomenFilter? filter, DateOnly today)
    {
        if (filter is null)
        {
            return women;
        }
        women = women.InArea(filter.AreaCode);
        if (filter.Status != Proto.LedgerStatus.Unspecified)
        {
            women = women.Where(w => w.Status == filter.Status);
        }
        if (filter.MinPriority != Proto.PriorityLevel.Unspecified)
        {
            women = women.Where(w => w.Priority >= filter.MinPriority);
        }
        if (filter.Need != Proto.Need.Unspecified)
        {
            var bit = NeedSets.Bit(filter.Need);
            women = women.Where(w => (w.AllNeeds & bit) == bit);
        }
        if (filter.NamePrefix.Length > 0)
        {
            women = women.Where(w => w.Name.StartsWith(filter.NamePrefix));
        }
        if (filter.Ids.Count > 0)
        {
            var ids = filter.Ids.ToList();
            women = women.Where(w => ids.Contains(w.Id));
        }
        if (filter.LeftBehindOnly)
        {
            women = women.Where(w => w.Status == Proto.LedgerStatus.Active && w.InRuralVillage && w.LeftBehindSince <= today);
        }
        return women;
    }

    /// <summary>Other departments see only the women who consented to sharing.</summary>
    public static IQueryable<Woman> SharedWith(this IQueryable<Woman> women, WomanDisclosure disclosure) =>
        disclosure.IsSharing ? women.Where(w => w.ConsentToShare) : women;

    /// <summary>Ledger order (village code, id), starting after the given key.</summary>
    public static IQueryable<Woman> InLedgerOrderAfter(this IQueryable<Woman> women, string[]? after)
    {
        if (after is not null)
        {
            var village = after[0];
            var id = long.Parse(after[1], CultureInfo.InvariantCulture);
            // The redundant ">=" bound lets the database range-scan the (village, id) index.
            women = women.Where(w => string.Compare(w.VillageCode, village) >= 0
                && (string.Compare(w.VillageCode, village) > 0 || w.Id > id));
        }
        return women.OrderBy(w => w.VillageCode).ThenBy(w => w.Id);
    }

    /// <summary>A stable key of the filter, binding page tokens to it.</summary>
    public static string Key(Proto.WomenFilter? filter) => filter?.ToString() ?? "";
}
