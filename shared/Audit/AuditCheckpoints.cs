using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Audit;

/// <summary>
/// Signed checkpoints of the audit chain, kept in a file outside the database (<c>Audit:CheckpointFile</c>; by default
/// beside a SQLite database file, "&lt;file&gt;.audit-checkpoints"). A "head" line records a verified or written head
/// (sequence number and MAC); an "anchor" line records the oldest record retention kept. Each line carries its own MAC,
/// so the file cannot be edited without the key either. Verification checks the chain against the last of each: a
/// chain cut at either end, or rewritten up to a checkpoint, no longer matches.
/// </summary>
public sealed class AuditCheckpoints<TContext>(AuditKey key, IConfiguration configuration, IServiceScopeFactory scopes) where TContext : DbContext
{
    public const string Head = "head";
    public const string Anchor = "anchor";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _path;

    public sealed record Checkpoint(string Kind, long Id, string Hash);

    public async Task AppendAsync(string kind, long id, string hash, DateTime time)
    {
        var path = await PathAsync();
        var ticks = time.Ticks.ToString(CultureInfo.InvariantCulture);
        var line = $"{kind} {id.ToString(CultureInfo.InvariantCulture)} {hash} {ticks} {key.Mac(Signed(kind, id, hash, ticks))}\n";
        await _gate.WaitAsync();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
            await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(line));
            await file.FlushAsync();
            file.Flush(flushToDisk: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The checkpoints in order, or the problem when a line is not one this key signed.</summary>
    public async Task<(IReadOnlyList<Checkpoint> Checkpoints, string Problem)> ReadAsync(CancellationToken ct)
    {
        var path = await PathAsync();
        if (!File.Exists(path))
        {
            return ([], "");
        }
        var checkpoints = new List<Checkpoint>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, ct))
        {
            number++;
            var parts = line.Split(' ');
            if (parts.Length != 5 || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var id) || key.Mac(Signed(parts[0], id, parts[2], parts[3])) != parts[4])
            {
                return ([], $"line {number} of the checkpoint file is not signed with the audit key (the file was altered)");
            }
            checkpoints.Add(new Checkpoint(parts[0], id, parts[2]));
        }
        return (checkpoints, "");
    }

    private static string Signed(string kind, long id, string hash, string ticks) => $"checkpoint|{kind}|{id.ToString(CultureInfo.InvariantCulture)}|{hash}|{ticks}";

    private async Task<string> PathAsync()
    {
        if (_path is not null)
        {
            return _path;
        }
        if (configuration["Audit:CheckpointFile"] is { Length: > 0 } configured)
        {
            return _path = configured;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        // A SQLite database is a file: the checkpoints sit beside it, not in it. Elsewhere, in the service's folder.
        var source = db.Database.IsSqlite() ? db.Database.GetDbConnection().DataSource : "";
        return _path = source.Length > 0 && source != ":memory:"
            ? source + ".audit-checkpoints"
            : Path.Combine(AppContext.BaseDirectory, "audit", typeof(TContext).Name + ".audit-checkpoints");
    }
}
