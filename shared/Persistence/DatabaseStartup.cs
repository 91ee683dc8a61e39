namespace Suite.Persistence;

/// <summary>
/// Whether the service's start-up migration is over. Until then the database check says "starting", not "down": a
/// service that is migrating is not in error (and logs none), and it does not serve requests yet anyway.
/// </summary>
public sealed class DatabaseStartup
{
    private volatile bool _migrated;

    public bool Migrated => _migrated;

    public void MarkMigrated() => _migrated = true;
}
