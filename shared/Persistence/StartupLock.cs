using System.Data;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Suite.Persistence;

/// <summary>
/// Start-up work that must run once however many instances of a service start together (migrations, loading sample
/// or reference data into an empty database): each instance takes this lock, then looks whether the work is still to
/// do. The lock is held apart from the work's own connections, so the work writes as it always does:
/// <list type="bullet">
/// <item>SQLite (one machine): an exclusive lock on a file beside the database, "&lt;file&gt;.startup-lock", taken with
/// <c>FileShare.None</c> (an advisory <c>flock</c> on Linux), released when the holder closes it or dies;</item>
/// <item>SQL Server: an exclusive application lock owned by a connection of its own (<c>sp_getapplock</c>,
/// <c>@LockOwner = 'Session'</c>), released when that connection closes, also when the instance dies.</item>
/// </list>
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly FileStream? _file;
    private readonly SqlConnection? _session;

    private StartupLock(FileStream? file, SqlConnection? session) => (_file, _session) = (file, session);

    /// <summary>Waits (as long as <paramref name="ct"/> lets it) until this instance holds the lock named <paramref name="name"/>.</summary>
    public static async Task<StartupLock> AcquireAsync(DbContext db, string name, CancellationToken ct) =>
        db.Database.IsSqlServer()
            ? new StartupLock(null, await SessionLockAsync(db.Database.GetConnectionString()!, name, ct))
            : new StartupLock(await FileLockAsync(LockFileOf(db, name), ct), null);

    private static string LockFileOf(DbContext db, string name)
    {
        var source = db.Database.GetDbConnection().DataSource;
        var beside = string.IsNullOrEmpty(source) || source == ":memory:" ? Path.Combine(Path.GetTempPath(), db.GetType().Name + ".db") : Path.GetFullPath(source);
        return $"{beside}.{name}.startup-lock";
    }

    private static async Task<FileStream> FileLockAsync(string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Another instance holds it: its start-up work is under way.
                await Task.Delay(Poll, ct);
            }
        }
    }

    private static async Task<SqlConnection> SessionLockAsync(string connectionString, string name, CancellationToken ct)
    {
        // Not pooled: a pooled connection would go back to the pool still holding the lock when disposed.
        var connection = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            while (true)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "sp_getapplock";
                command.CommandType = CommandType.StoredProcedure;
                command.Parameters.AddWithValue("@Resource", "startup:" + name);
                command.Parameters.AddWithValue("@LockMode", "Exclusive");
                command.Parameters.AddWithValue("@LockOwner", "Session");
                command.Parameters.AddWithValue("@LockTimeout", 0);
                var result = command.Parameters.Add("@Result", SqlDbType.Int);
                result.Direction = ParameterDirection.ReturnValue;
                await command.ExecuteNonQueryAsync(ct);
                if ((int)result.Value >= 0)
                {
                    return connection;
                }
                await Task.Delay(Poll, ct);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync();
        }
        if (_session is not null)
        {
            // Closing the session releases its application lock.
            await _session.DisposeAsync();
        }
    }
}
