using System.Globalization;
using Suite.Contracts.Common;
using Suite.LegalAid.Model;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

public static class AidMapping
{
    public static Proto.LegalAidApplication ToProto(this LegalAidCase a) => new()
    {
        Id = a.Id,
        Etag = a.Version.ToString(CultureInfo.InvariantCulture),
        WomanId = a.WomanId,
        AreaCode = a.AreaCode,
        MatterId = a.MatterId ?? 0,
        Scope = a.Scope,
        MeansTest = a.MeansTest,
        MeansTestExplanation = a.MeansTestExplanation,
        HardshipStatement = a.HardshipStatement,
        Status = a.Status,
        DecisionReason = a.DecisionReason,
        DecidedBy = a.DecidedBy,
        DecidedAt = a.DecidedAt?.ToUtcTimestamp(),
        DaysToDecision = a.DaysToDecision ?? 0,
        ProviderName = a.ProviderName,
        ProviderKind = a.ProviderKind,
        Outcome = a.Outcome,
        SubmittedBy = a.SubmittedBy,
        SubmittedAt = a.SubmittedAt.ToUtcTimestamp(),
    };
}
