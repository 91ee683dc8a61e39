namespace Suite.Persistence;

/// <summary>Which EF Core provider a service uses, from configuration key <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: a SQLite file under <c>data/</c>.</summary>
    Sqlite,

    /// <summary>Production: Microsoft SQL Server.</summary>
    SqlServer,
}
