using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts.Community.V1;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.IntegrationEvents;
using static Suite.FamilyEducation.FunctionalTests.FamilyEducationSuite;
using Activity = Suite.Contracts.FamilyEducation.V1.Activity;
using ActivityKind = Suite.Contracts.FamilyEducation.V1.ActivityKind;
using CreateActivityRequest = Suite.Contracts.FamilyEducation.V1.CreateActivityRequest;
using GetActivityRequest = Suite.Contracts.FamilyEducation.V1.GetActivityRequest;
using ListActivitiesRequest = Suite.Contracts.FamilyEducation.V1.ListActivitiesRequest;

namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>
/// The move of a released database's venues into Community's register: a database of the shape before the register,
/// with venues, activities and attendance, started with Community there (or away).
/// </summary>
public sealed class VenueTransferTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    /// <summary>The last migration before the register.</summary>
    private const string BeforeTheRegister = "20261205013613_Initial";

    /// <summary>A Family education database migrated only up to <see cref="BeforeTheRegister"/>, holding old rows: venues 1-3, activities 1-3, attendance.</summary>
    private async Task<string> OldDatabaseAsync(string name)
    {
        var file = suite.FileNamed(name);
        var options = new DbContextOptionsBuilder<SqliteFamilyEducationDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new SqliteFamilyEducationDbContext(options);
        await db.GetService<IMigrator>().MigrateAsync(BeforeTheRegister);
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "Venues" ("Id", "RequestId", "Name", "Kind", "AreaCode", "Keeper", "Active") VALUES
              (1, 'old-1', '林口镇家长学校', {(int)VenueKind.ParentSchool}, '{SampleForms.Township}', '张桂兰', 1),
              (2, 'old-2', '东升村妇女之家', {(int)VenueKind.WomensHome}, '{SampleForms.RuralVillage}', '李春华', 1),
              (3, 'old-3', '古城镇线上家长课堂', {(int)VenueKind.Online}, '231025101', '赵敏', 1);
            INSERT INTO "Activities" ("Id", "RequestId", "VenueId", "AreaCode", "Kind", "Date", "Topic", "Speaker", "Capacity", "RegisteredAttendance", "OtherParticipants") VALUES
              (1, 'old-a1', 1, '{SampleForms.Township}', {(int)ActivityKind.ParentClass}, '2026-10-10', '陪伴与沟通', '县讲师团', 60, 2, 5),
              (2, 'old-a2', 2, '{SampleForms.RuralVillage}', {(int)ActivityKind.Reading}, '2026-10-12', '亲子共读', '村小老师', 20, 1, 0),
              (3, 'old-a3', 3, '231025101', {(int)ActivityKind.MicroClass}, '2026-10-15', '网络安全', '县妇联', 200, 0, 40);
            INSERT INTO "Attendance" ("ActivityId", "WomanId", "VillageCode", "Date") VALUES
              (1, 101, '{SampleForms.RuralVillage}', '2026-10-10'), (1, 102, '{SampleForms.OtherRuralVillage}', '2026-10-10'), (2, 101, '{SampleForms.RuralVillage}', '2026-10-12');
            """);
        return file;
    }

    private static async Task<List<Venue>> VenuesAsync(SuiteServiceHost<FamilyEducationEntryPoint> host) =>
        [.. (await new ActivityService.ActivityServiceClient(host.ChannelFor(FederationCounty)).ListVenuesAsync(new ListVenuesRequest { PageSize = 500 })).Venues];

    private async Task<List<Suite.Contracts.Community.V1.Place>> PlacesAsync() =>
        [.. (await suite.Places(FederationCounty).ListPlacesAsync(new ListPlacesRequest { PageSize = 500 })).Places];

    private static Task<List<Venue>> AllMovedAsync(SuiteServiceHost<FamilyEducationEntryPoint> host) =>
        Eventually.Until(async () => await VenuesAsync(host) is { Count: 3 } venues && venues.All(v => v.PlaceId > 0) ? venues : null);

    private static async Task<long> ScalarAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Every_venue_of_a_released_database_gets_its_place_once_and_every_activity_and_attendance_stays_with_its_venue()
    {
        var file = await OldDatabaseAsync("released.db");
        var placesBefore = (await PlacesAsync()).Count;

        List<Venue> venues;
        await using (var host = suite.NewFamilyEducation(file))
        {
            venues = await AllMovedAsync(host);
            foreach (var venue in venues)
            {
                var place = await suite.Places(FederationCounty).GetPlaceAsync(new GetPlaceRequest { Id = venue.PlaceId });
                Assert.Equal((venue.Name, venue.Kind.ToString(), venue.AreaCode, venue.Keeper, true), (place.Name, place.Kind.ToString(), place.AreaCode, place.Keeper, place.Active));
            }
            Assert.Equal(["东升村妇女之家", "古城镇线上家长课堂", "林口镇家长学校"], venues.Select(v => v.Name).Order());
            var activities = new ActivityService.ActivityServiceClient(host.ChannelFor(FederationCounty));
            foreach (var (activityId, venueId, registered) in new[] { (1L, 1L, 2), (2L, 2L, 1), (3L, 3L, 0) })
            {
                var activity = await activities.GetActivityAsync(new GetActivityRequest { Id = activityId });
                Assert.Equal((venueId, venues.Single(v => v.Id == venueId).PlaceId, registered), (activity.VenueId, activity.PlaceId, activity.RegisteredAttendance));
            }
        }
        Assert.Equal(3, await ScalarAsync(file, """SELECT COUNT(*) FROM "Attendance" a JOIN "Activities" x ON x."Id" = a."ActivityId" JOIN "Venues" v ON v."Id" = x."VenueId" """));
        Assert.Equal(placesBefore + 3, (await PlacesAsync()).Count);

        // Started again, and as if a pass had stopped between Community's answer and the save: the same place, none twice.
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """UPDATE "Venues" SET "PlaceId" = NULL WHERE "Id" = 2""";
            await command.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        await using (var again = suite.NewFamilyEducation(file))
        {
            var moved = await AllMovedAsync(again);
            Assert.Equal(venues.Select(v => (v.Id, v.PlaceId)).Order(), moved.Select(v => (v.Id, v.PlaceId)).Order());
            Assert.Equal((0, 0), await again.Services.GetRequiredService<VenueTransfer>().TransferAsync(CancellationToken.None));
        }
        Assert.Equal(placesBefore + 3, (await PlacesAsync()).Count);
    }

    [Fact]
    public async Task With_Community_away_nothing_is_lost_and_the_venues_move_on_a_later_pass()
    {
        var file = await OldDatabaseAsync("community-away.db");
        suite.CommunityUp = false;
        try
        {
            await using var host = suite.NewFamilyEducation(file);
            Assert.Equal((0, 3), await host.Services.GetRequiredService<VenueTransfer>().TransferAsync(CancellationToken.None));
            Assert.All(await VenuesAsync(host), v => Assert.Equal(0, v.PlaceId));
            Assert.Equal(3, await ScalarAsync(file, """SELECT COUNT(*) FROM "Activities" """));

            suite.CommunityUp = true;
            var venues = await AllMovedAsync(host);
            Assert.Equal(3, venues.Select(v => v.PlaceId).Distinct().Count());
        }
        finally
        {
            suite.CommunityUp = true;
        }
    }
}
