namespace Suite.Community.UseCases;

/// <summary>The Community service's permissions; granted in appsettings.json (Authorization:Grants).</summary>
public static class CommunityPermissions
{
    public const string PlacesRead = "community.places.read";
    public const string PlacesWrite = "community.places.write";
    /// <summary>Counselling points, counsellors, bookings and the fact of sessions (never their notes).</summary>
    public const string CounsellingRead = "community.counselling.read";
    public const string CounsellingWrite = "community.counselling.write";
    /// <summary>A counsellor's role: a session's notes, and only at the points the caller serves as a counsellor.</summary>
    public const string CounsellingNotes = "community.counselling.notes";
    public const string VolunteersRead = "community.volunteers.read";
    public const string VolunteersWrite = "community.volunteers.write";
    /// <summary>Social organisations and purchased-service projects.</summary>
    public const string OrganisationsRead = "community.organisations.read";
    public const string OrganisationsWrite = "community.organisations.write";
    public const string ActivitiesRead = "community.activities.read";
    public const string ActivitiesWrite = "community.activities.write";
    public const string CommendationRead = "community.commendation.read";
    /// <summary>A village nominates (and anyone who may read a round records an objection during its public notice).</summary>
    public const string CommendationNominate = "community.commendation.nominate";
    /// <summary>A township reviews its villages' nominations and posts the public notice.</summary>
    public const string CommendationReview = "community.commendation.review";
    /// <summary>The county decides and awards.</summary>
    public const string CommendationDecide = "community.commendation.decide";
    /// <summary>Village self-government: candidates, election results, boards.</summary>
    public const string ParticipationRead = "community.participation.read";
    public const string ParticipationWrite = "community.participation.write";
    public const string StatisticsRead = "community.stats.read";
}
