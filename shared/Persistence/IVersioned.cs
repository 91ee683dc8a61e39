namespace Suite.Persistence;

/// <summary>
/// An entity with an application-managed concurrency token. SQLite has no rowversion, so the version is
/// incremented by <see cref="VersionIncrementInterceptor"/> on every update on both providers; it is the etag.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
