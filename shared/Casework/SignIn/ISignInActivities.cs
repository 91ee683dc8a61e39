namespace Suite.Casework.SignIn;

/// <summary>
/// A service's own tables of activities and attendance, as the suite's one sign-in importer needs them: each service
/// that takes sign-in sheets implements it over its own database (scoped to the request and its caller).
/// </summary>
public interface ISignInActivities
{
    /// <summary>The activity a sheet names, when the caller may see it; else NOT_FOUND naming <c>activity_id</c>.</summary>
    Task<SignInActivity> FindAsync(long activityId, CancellationToken ct);

    /// <summary>Which of these women are already recorded at the activity.</summary>
    Task<IReadOnlySet<long>> RecordedAsync(long activityId, IReadOnlyCollection<long> womanIds, CancellationToken ct);

    /// <summary>
    /// Adds one attendance row per woman (with her village and the activity's date) and raises the activity's count of
    /// registered attendance by as many, in one transaction; the count is raised in the database, so sheets sent at the
    /// same time each add theirs.
    /// </summary>
    Task RecordAsync(SignInActivity activity, IReadOnlyList<SignedInWoman> women, CancellationToken ct);
}

/// <summary>The activity of a sheet: its id and the date it was held (the date of each attendance row).</summary>
public readonly record struct SignInActivity(long Id, DateOnly Date);

/// <summary>A woman the sheet records: her Registry id and her village as the Registry shows it.</summary>
public readonly record struct SignedInWoman(long WomanId, string VillageCode);
