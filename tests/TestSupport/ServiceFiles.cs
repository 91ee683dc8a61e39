namespace Suite.TestSupport;

/// <summary>
/// A fixture's folder of SQLite files under the temp folder, deleted when the fixture is done (after the connection
/// pools let go of the files; a file a finishing background task still holds is left to the temp cleaner).
/// </summary>
public sealed class ServiceFiles : IDisposable
{
    public ServiceFiles() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "suite-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The path of a file in the folder: "registry.db".</summary>
    public string this[string name] => Path.Combine(Folder, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task; the temp cleaner takes it.
        }
    }
}
