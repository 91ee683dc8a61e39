using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Contracts.Common.V1;
using Suite.Events;
using Suite.Hosting;
using Suite.Redis;
using Suite.Registry.Infrastructure;
using Suite.Registry.Model;
using Suite.Registry.Rules;

namespace Suite.Registry.IntegrationEvents;

/// <summary>
/// Needs reach the department that meets them: a need on a woman's form (or from her assessment) opens one referral to
/// that department's service, with every need of hers it meets; when her needs for a department go away (the need taken
/// off the form, her consent withdrawn, her exit from the ledger) the open referral is withdrawn. Runs apart from the
/// writes that change needs (a survey import of a county does not wait for it): each write marks the woman
/// (<see cref="Woman.NeedsPending"/>) in its own transaction, and this loop takes the marked women 200 at a time, their
/// referrals, events and new state in one transaction, so no need is lost and none referred twice. With several
/// instances of the Registry one takes the women at a time (the lease "registry.lease.need-referrals"); should two
/// take the same women, the women's concurrency token lets only the first commit, and the second takes the next ones.
/// </summary>
public sealed class NeedReferrals(
    IServiceScopeFactory scopes, ReferralFactory factory, OutboxSignal signal, TimeProvider clock, RedisConnection redis, IConfiguration configuration,
    BackgroundLoopHealth health, ILogger<NeedReferrals> logger)
    : BackgroundLoop(health, logger)
{
    private readonly InstanceLease _lease = new(redis, "registry.lease.need-referrals", TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Events:LeaseSeconds", 10))));

    private const int Batch = 200;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    // Between full batches: the officers' writes (a county's import) share the database's one writer with this loop
    // and come first, so the loop rests four times as long as its batch took (it holds the writer a fifth of the time
    // at most) and catches up when the import is over.
    private static readonly TimeSpan Breather = TimeSpan.FromMilliseconds(250);
    private const int RestPerWork = 4;

    public override string Name => "need referrals";

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        if (!await _lease.HoldAsync())
        {
            await Task.Delay(_lease.Duration / 3, stoppingToken);
            return;
        }
        var started = clock.GetTimestamp();
        var taken = await ReferAsync(stoppingToken);
        var rest = clock.GetElapsedTime(started) * RestPerWork;
        await Task.Delay(taken < Batch ? Poll : rest > Breather ? rest : Breather, stoppingToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await _lease.ReleaseAsync();
    }

    /// <summary>One batch; returns how many women it took.</summary>
    public async Task<int> ReferAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        // "= 1" spelled out: EF writes a bare "NeedsPending", which SQLite does not match to the filtered index
        // IX_Women_NeedsPending, and each batch would scan every woman of the province.
        var women = await db.Women.FromSqlRaw("""SELECT * FROM "Women" WHERE "NeedsPending" = 1""").OrderBy(w => w.Id).Take(Batch).ToListAsync(ct);
        if (women.Count == 0)
        {
            return 0;
        }
        var ids = women.Select(w => w.Id).ToList();
        var open = await db.Set<ReferralRecord>().Where(r => r.Open && r.Sent && r.Reason == ReferralReason.NeedOnForm && ids.Contains(r.WomanId)).ToListAsync(ct);
        var opened = new List<ReferralRecord>();
        var withdrawn = new List<ReferralRecord>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var woman in women)
        {
            var wanted = NeedReferralRule.ByTarget(NeedReferralRule.Referable(woman));
            var held = open.Where(r => r.WomanId == woman.Id).ToList();
            foreach (var (target, needs) in wanted.Where(w => held.All(r => r.Target != w.Key)))
            {
                opened.Add(factory.Outgoing(target, woman.Id, woman.VillageCode, ReferralReason.NeedOnForm, needs, ReferralUrgency.Routine));
            }
            foreach (var referral in held.Where(r => !wanted.ContainsKey(r.Target)))
            {
                referral.MoveTo(ReferralStatus.Withdrawn, now);
                withdrawn.Add(referral);
            }
            woman.ReferredNeeds = NeedReferralRule.Referable(woman);
            woman.NeedsPending = false;
        }
        db.AddRange(opened);
        try
        {
            await db.SaveWithEventsAsync(() => [.. opened.SelectMany(ReferralFactory.EventsOf), .. withdrawn.Select(ReferralEvents.Answered)], signal, clock, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance (or an officer's edit) changed one of these women since they were read: nothing of this
            // batch was written; the next batch reads them afresh.
            logger.LogInformation("Need referrals: a woman of the batch changed meanwhile; the batch is taken again");
        }
        return women.Count;
    }
}
