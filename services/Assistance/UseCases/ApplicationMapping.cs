using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Suite.Assistance.Model;
using Suite.Contracts.Common;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

public static class ApplicationMapping
{
    public static Proto.Application ToProto(this AssistanceApplication a) => new()
    {
        Id = a.Id,
        Etag = a.Version.ToString(CultureInfo.InvariantCulture),
        WomanId = a.WomanId,
        WomanName = a.WomanName,
        VillageCode = a.VillageCode,
        ProgrammeCode = a.ProgrammeCode,
        Status = a.Status,
        Eligible = a.Eligible,
        Eligibility = { a.Eligibility.Select(r => new Proto.RuleResult { Rule = r.Rule, Passed = r.Passed, Explanation = r.Explanation }) },
        SubmittedBy = a.SubmittedBy,
        History = { a.History.Select(h => new Proto.Transition
        {
            FromStatus = h.From, ToStatus = h.To, By = h.By, ByName = h.ByName, Reason = h.Reason, Override = h.Override,
            Time = h.At.ToUtcTimestamp(),
        }) },
        CreateTime = a.CreatedAt.ToUtcTimestamp(),
        EndingProposed = a.EndingProposed,
        EligibilityOverridden = a.EligibilityOverridden,
    };
}
