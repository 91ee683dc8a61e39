using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;
using Woman = Suite.Registry.Model.Woman;

namespace Suite.Registry.IntegrationEvents;

/// <summary>The summary events carry: what other services need to serve her, health only with her consent, children without names.</summary>
public static class WomanSummaries
{
    public static WomanSummary Of(Woman w) => new()
    {
        WomanId = w.Id,
        VillageCode = w.VillageCode,
        BirthDate = Date.From(w.BirthDate),
        EconomicStatus = w.EconomicStatus,
        Health = w.ConsentToShareHealth ? w.Health : HealthStatus.Unspecified,
        DisabilityCategory = w.ConsentToShareHealth ? w.DisabilityCategory : DisabilityCategory.Unspecified,
        DisabilityGrade = w.ConsentToShareHealth ? w.DisabilityGrade : 0,
        Priority = w.Priority,
        LeftBehindSince = Date.From(w.LeftBehindSince),
        VillageRural = w.InRuralVillage,
        Status = w.Status,
        ConsentToShare = w.ConsentToShare,
        ConsentToShareHealth = w.ConsentToShareHealth,
        Children =
        {
            w.ConsentToShare
                ? w.HouseholdMembers.Where(m => m.Relation == HouseholdRelation.Child).Select(m => new ChildSummary { BirthDate = Date.From(m.BirthDate), Schooling = m.Schooling })
                : [],
        },
    };
}
