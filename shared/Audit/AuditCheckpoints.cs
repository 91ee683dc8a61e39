using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Suite.Redis;

namespace Suite.Audit;

/// <summary>
/// Signed checkpoints of the audit chain, kept twice outside the database. A "head" line records a verified or written
/// head (sequence number and MAC); an "anchor" line records the oldest record retention kept. Each line carries its own
/// MAC, so neither copy can be edited without the key.
/// <list type="bullet">
/// <item>a file (<c>Audit:CheckpointFile</c>; by default beside a SQLite database file, "&lt;file&gt;.audit-checkpoints"),
/// which the service reads even when Redis is away;</item>
/// <item>a Redis stream (<c>audit.checkpoints.&lt;service&gt;</c>) on another host in production, where the service's
/// Redis user may only append (docs/security.md: <c>+xadd</c> on that key, no XDEL, XTRIM, DEL): whoever holds the
/// service's host, its database and its file can neither rewrite nor remove it, so a chain rewritten or cut short is
/// found even when the file is emptied or deleted.</item>
/// </list>
/// Verification takes the newest head and anchor from both copies; when Redis cannot be read it says so rather than
/// verify against the file alone.
/// </summary>
public sealed class AuditCheckpoints<TContext>(
    AuditKey key, IConfiguration configuration, IServiceScopeFactory scopes, RedisConnection redis, IHostEnvironment environment,
    ILogger<AuditCheckpoints<TContext>> logger) where TContext : DbContext
{
    public const string Head = "head";
    public const string Anchor = "anchor";
    private const int StreamLength = 10_000;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _stream = configuration["Audit:CheckpointStream"] is { Length: > 0 } stream ? stream : $"audit.checkpoints.{environment.ApplicationName}";
    private string? _path;

    public sealed record Checkpoint(string Kind, long Id, string Hash);

    public async Task AppendAsync(string kind, long id, string hash, DateTime time)
    {
        var path = await PathAsync();
        var ticks = time.Ticks.ToString(CultureInfo.InvariantCulture);
        var line = $"{kind} {id.ToString(CultureInfo.InvariantCulture)} {hash} {ticks} {key.Mac(Signed(kind, id, hash, ticks))}";
        await _gate.WaitAsync();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var file = await OpenAloneAsync(path);
            await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(line + "\n"));
            await file.FlushAsync();
            file.Flush(flushToDisk: true);
        }
        finally
        {
            _gate.Release();
        }
        try
        {
            await redis.Database.StreamAddAsync(_stream, "line", line, maxLength: StreamLength, useApproximateMaxLength: true).WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            // The file holds it; the next checkpoint goes to Redis again (a verification meanwhile says Redis is away).
            logger.LogWarning("The audit checkpoint of record {Id} reached the file but not Redis: {Error}", id, ex.Message);
        }
    }

    // Every instance of the service appends to the one file: each line is written while its writer alone has the file
    // open (FileShare.None is an exclusive lock across processes), so lines from two instances never interleave.
    private static async Task<FileStream> OpenAloneAsync(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None);
            }
            catch (IOException) when (attempt < 50)
            {
                await Task.Delay(20);
            }
        }
    }

    /// <summary>The newest head and anchor of both copies, or the problem when a line is not one this key signed or Redis cannot be read.</summary>
    public async Task<(Checkpoint? Head, Checkpoint? Anchor, string Problem)> ReadAsync(CancellationToken ct)
    {
        var (fromFile, fileProblem) = Parse(await FileLinesAsync(ct), "the checkpoint file");
        if (fileProblem.Length > 0)
        {
            return (null, null, fileProblem);
        }
        string[] outside;
        try
        {
            outside = (await redis.Database.StreamRangeAsync(_stream).WaitAsync(TimeSpan.FromSeconds(5), ct)).Select(e => (string?)e["line"] ?? "").ToArray();
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            return (null, null, $"the checkpoints kept outside the service (Redis stream {_stream}) cannot be read ({ex.Message}); verify again when Redis answers");
        }
        var (fromRedis, redisProblem) = Parse(outside, $"the Redis stream {_stream}");
        if (redisProblem.Length > 0)
        {
            return (null, null, redisProblem);
        }
        var all = fromFile.Concat(fromRedis).ToList();
        return (all.Where(c => c.Kind == Head).MaxBy(c => c.Id), all.Where(c => c.Kind == Anchor).MaxBy(c => c.Id), "");
    }

    private (List<Checkpoint> Checkpoints, string Problem) Parse(IEnumerable<string> lines, string where)
    {
        var checkpoints = new List<Checkpoint>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var parts = line.Split(' ');
            if (parts.Length != 5 || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var id) || key.Mac(Signed(parts[0], id, parts[2], parts[3])) != parts[4])
            {
                return ([], $"line {number} of {where} is not signed with the audit key (the checkpoints were altered)");
            }
            checkpoints.Add(new Checkpoint(parts[0], id, parts[2]));
        }
        return (checkpoints, "");
    }

    private async Task<string[]> FileLinesAsync(CancellationToken ct)
    {
        var path = await PathAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return File.Exists(path) ? (await File.ReadAllLinesAsync(path, ct)).Where(l => l.Length > 0).ToArray() : [];
            }
            catch (IOException) when (attempt < 50 && File.Exists(path))
            {
                // An instance is appending its line this moment.
                await Task.Delay(20, ct);
            }
        }
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
