using Aspire.Hosting.Testing;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using StackExchange.Redis;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// An instance killed in the middle of work, with two instances of every service: an import and the consumption of
/// events lose nothing and double nothing, and the audit chain still verifies.
/// </summary>
public sealed partial class ResilienceTests
{
    [Fact]
    public async Task A_registry_instance_killed_during_an_import_loses_and_doubles_no_row_and_the_audit_chain_verifies()
    {
        var admin = _suite.Token("civil-affairs", "admin");
        var victim = (await _suite.WaitForInstancesAsync(ResourceNames.Registry))[0];
        var registry = new WomenService.WomenServiceClient(_suite.Channel(ResourceNames.Registry, admin));
        var before = (await registry.GetStatisticsAsync(new GetStatisticsRequest())).Total;
        const int Rows = 3000;
        var rows = Enumerable.Range(1, Rows)
            .Select(i => new ImportWomenRequest { RowNumber = i, Woman = SampleForms.Woman(name: "断电" + i), RecordedBy = "林口县民政局" }).ToList();

        // Half the rows sent to one instance, then that instance is killed, as a crash would; the call fails.
        var sent = 0;
        var launcher = Pid(victim);
        var first = new WomenService.WomenServiceClient(_suite.InstanceChannel(victim, admin));
        await Assert.ThrowsAnyAsync<Exception>(() => first.ImportAsync(rows, sent: n =>
        {
            if ((sent += n) == Rows / 2)
            {
                KillServiceProcess(launcher);
            }
        }));

        // The clerk imports the file again through the app host's endpoint: the rows the dead instance committed are
        // unchanged, the others created, none twice.
        var again = await RetriedAsync(() => registry.ImportAsync(rows));
        Assert.Equal(0, again.Rejected);
        Assert.Equal(Rows, again.Created + again.Unchanged + again.Updated);
        Assert.Equal(before + Rows, (await registry.GetStatisticsAsync(new GetStatisticsRequest())).Total);

        // Every committed chunk's record reached the one chain (the inbox drained by a live writer), and it verifies.
        await Eventually.Until(() => Task.FromResult<string?>(Scalar(ResourceNames.RegistryDb, "SELECT COUNT(*) FROM AuditInbox") == 0 ? "" : null));
        Assert.Equal(0, Scalar(ResourceNames.RegistryDb, "SELECT COUNT(*) FROM (SELECT PreviousHash FROM AuditLog GROUP BY PreviousHash HAVING COUNT(*) > 1)"));
        var audit = new AuditService.AuditServiceClient(_suite.Channel(ResourceNames.Registry, _suite.Token("civil-affairs", "auditor")));
        var verified = await RetriedAsync(async () => await audit.VerifyAuditChainAsync(new VerifyAuditChainRequest()));
        Assert.True(verified.Intact, verified.Problem);
    }

    [Fact]
    public async Task An_assistance_instance_killed_while_consuming_events_leaves_each_referral_applied_once()
    {
        var admin = _suite.Token("civil-affairs", "admin");
        var victim = (await _suite.WaitForInstancesAsync(ResourceNames.Assistance))[0];
        var registry = new WomenService.WomenServiceClient(_suite.Channel(ResourceNames.Registry, admin));

        // Women on low income: each becomes a referral to Assistance, an event Assistance's instances consume.
        var women = new List<long>();
        for (var i = 0; i < 30; i++)
        {
            var form = SampleForms.Woman(name: "续电" + i);
            form.EconomicStatus = EconomicStatus.LowIncome;
            women.Add((await RetriedAsync(async () => await registry.CreateWomanAsync(SampleForms.Create(form)))).Id);
            if (i == 10)
            {
                KillServiceProcess(Pid(victim));
            }
        }

        var referrals = new ReferralService.ReferralServiceClient(_suite.Channel(ResourceNames.Assistance, _suite.Token("civil-affairs", "county-officer")));
        foreach (var woman in women)
        {
            var inbox = await Eventually.Until(async () =>
            {
                var listed = await referrals.ListInboxAsync(new ListReferralsRequest { WomanId = woman, PageSize = 500 });
                return listed.Referrals.Count > 0 ? listed : null;
            });
            Assert.Single(inbox.Referrals);
        }
        // Nothing left pending in Assistance's group: the dead instance's entries were claimed and acknowledged.
        using var redis = await ConnectionMultiplexer.ConnectAsync(await _suite.App.GetConnectionStringAsync(ResourceNames.Cache) ?? "");
        await Eventually.Until(async () =>
            (await redis.GetDatabase().StreamPendingAsync(EventStreams.Registry, ResourceNames.Assistance)).PendingMessageCount == 0 ? "" : null);
        foreach (var woman in women)
        {
            Assert.Single((await referrals.ListInboxAsync(new ListReferralsRequest { WomanId = woman, PageSize = 500 })).Referrals);
        }
    }

    // A call through the app host's endpoint while an instance is down may reach the dead one (UNAVAILABLE, or a
    // streaming call's connection reset while it sends): try again, as clients do.
    private static async Task<T> RetriedAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (ex is RpcException { StatusCode: StatusCode.Unavailable or StatusCode.Internal } or IOException && attempt < 30)
            {
                await Task.Delay(1000);
            }
        }
    }

    private long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_suite.DataDirectory, database + ".db")};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
