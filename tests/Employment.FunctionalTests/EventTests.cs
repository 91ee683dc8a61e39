using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.Events;
using static Suite.Employment.FunctionalTests.EmploymentSuite;
using EmploymentEventHandler = Suite.Registry.IntegrationEvents.EmploymentEventHandler;

namespace Suite.Employment.FunctionalTests;

/// <summary>Employment's events through a real Redis stream into the Registry's ledger, once.</summary>
public sealed class EventTests(EmploymentSuite suite) : IClassFixture<EmploymentSuite>
{
    [Fact]
    public async Task A_placement_makes_her_employed_in_the_Registry_once_also_after_a_redelivery()
    {
        var woman = await suite.RegisterAsync();
        Assert.Equal(EmploymentStatus.Farming, woman.EmploymentStatus);
        var post = await suite.PostAsync(SampleForms.RuralVillage);
        var placement = await suite.Jobs().PlaceWomanAsync(new PlaceWomanRequest { RequestId = Guid.NewGuid().ToString("N"), PostId = post.Id, WomanId = woman.Id, StartDate = Today });

        var employed = await Eventually.Until(async () =>
        {
            var w = await suite.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id });
            return w.EmploymentStatus == EmploymentStatus.Employed ? w : null;
        });
        var changes = await suite.Women.ListChangesAsync(new ListChangesRequest { WomanId = woman.Id });
        var change = Assert.Single(changes.Changes, c => c.Field == "employment_status");
        Assert.Equal("employment service", change.Reason);

        // The same event delivered again changes nothing.
        var placed = new WomanPlaced { PlacementId = placement.Id, WomanId = woman.Id, Trade = Trade.DomesticService };
        var again = new StreamEvent(EventStreams.Employment, "0-1", 1, WomanPlaced.Descriptor.FullName, DateTime.UtcNow, placed.ToByteArray());
        using (var scope = suite.Registry.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<EmploymentEventHandler>().HandleBatchAsync([again, again], CancellationToken.None);
        }
        Assert.Equal(employed.Etag, (await suite.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).Etag);
        Assert.Single((await suite.Women.ListChangesAsync(new ListChangesRequest { WomanId = woman.Id })).Changes, c => c.Field == "employment_status");
    }

    [Fact]
    public async Task A_certificate_becomes_a_skill_and_an_ended_placement_makes_her_unemployed()
    {
        var woman = await suite.RegisterAsync();
        await suite.Training().RecordCertificateAsync(new RecordCertificateRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Certificate = new Certificate { WomanId = woman.Id, Trade = Trade.ElderlyCare, Kind = "职业技能等级证书", Level = "五级", IssuedOn = Today, Issuer = "县人社局" },
        });
        await Eventually.Until(async () => (await suite.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).Skills.Contains("养老护理(五级)") ? woman : null);

        var post = await suite.PostAsync(SampleForms.RuralVillage);
        var placement = await suite.Jobs().PlaceWomanAsync(new PlaceWomanRequest { RequestId = Guid.NewGuid().ToString("N"), PostId = post.Id, WomanId = woman.Id, StartDate = Today });
        await Eventually.Until(async () => (await suite.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).EmploymentStatus == EmploymentStatus.Employed ? woman : null);
        await suite.Jobs().EndPlacementAsync(new EndPlacementRequest { Id = placement.Id, Etag = placement.Etag, EndDate = Today, Reason = "合同到期" });
        await Eventually.Until(async () => (await suite.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).EmploymentStatus == EmploymentStatus.Unemployed ? woman : null);
    }
}
