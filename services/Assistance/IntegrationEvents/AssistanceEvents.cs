using Google.Protobuf;
using Suite.Assistance.Model;
using Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.IntegrationEvents;

/// <summary>The events an application's step raises, on "assistance.events".</summary>
public static class AssistanceEvents
{
    public static IEnumerable<IMessage> Of(AssistanceApplication a, ApplicationStatus next)
    {
        switch (next)
        {
            case ApplicationStatus.Approved:
                yield return new ApplicationApproved { ApplicationId = a.Id, WomanId = a.WomanId, VillageCode = a.VillageCode, ProgrammeCode = a.ProgrammeCode };
                break;
            case ApplicationStatus.Active:
                yield return new BenefitGranted { ApplicationId = a.Id, WomanId = a.WomanId, VillageCode = a.VillageCode, ProgrammeCode = a.ProgrammeCode };
                break;
            case ApplicationStatus.Ended:
                yield return new BenefitStopped { ApplicationId = a.Id, WomanId = a.WomanId, VillageCode = a.VillageCode, ProgrammeCode = a.ProgrammeCode };
                break;
        }
    }
}
