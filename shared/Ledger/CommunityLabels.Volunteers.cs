using Suite.Contracts.Community.V1;

namespace Suite.Ledger;

// Volunteers, social organisations and purchased-service projects.
public static partial class CommunityLabels
{
    public static readonly CsvLabels<VolunteerServiceKind> VolunteerService = new(
        (VolunteerServiceKind.HomeVisit, "入户走访"), (VolunteerServiceKind.ChildElderCare, "关爱儿童老人"), (VolunteerServiceKind.ActivityHelp, "活动协助"),
        (VolunteerServiceKind.CounsellingSupport, "心理疏导协助"), (VolunteerServiceKind.Other, "其他"));

    public static readonly CsvLabels<PairingContactForm> ContactForm = new(
        (PairingContactForm.Visit, "走访"), (PairingContactForm.Phone, "电话"), (PairingContactForm.Video, "视频"), (PairingContactForm.Message, "微信短信"),
        (PairingContactForm.Other, "其他"));

    public static readonly CsvLabels<OrganisationKind> Organisation = new(
        (OrganisationKind.SocialWorkAgency, "社工机构"), (OrganisationKind.VolunteerAssociation, "志愿者协会"), (OrganisationKind.Foundation, "基金会"),
        (OrganisationKind.Other, "其他"));

    public static readonly CsvLabels<ProjectServiceKind> ProjectService = new(
        (ProjectServiceKind.CounsellingSessions, "心理疏导场次"), (ProjectServiceKind.Activities, "活动场次"), (ProjectServiceKind.VolunteerHours, "志愿服务小时"));

    public static readonly CsvLabels<ProjectStatus> Project = new((ProjectStatus.Running, "执行中"), (ProjectStatus.Accepted, "已验收"));

    public static readonly CsvLabels<ProjectRecordKind> ProjectRecord = new((ProjectRecordKind.CounsellingSession, "心理疏导"), (ProjectRecordKind.Activity, "活动"));
}
