using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>The fields of volunteer teams, members, service hours and executive pairings.</summary>
public static class VolunteerValidator
{
    public const int MaxWomenServed = 50;

    public static void Validate(Proto.CreateTeamRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Team is not null, "team", "is required"))
        {
            var t = request.Team!;
            errors.Text("team.name", t.Name, 100, required: true);
            errors.Require(PlaceValidator.WorkArea(t.AreaCode), "team.area_code", "must be a township (9) or village (12 digits) code");
            errors.Text("team.leader_name", t.LeaderName, 50, required: true);
            errors.Phone("team.phone", t.Phone, required: false);
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.AddTeamMemberRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Member is not null, "member", "is required"))
        {
            var m = request.Member!;
            errors.Require(m.TeamId > 0, "member.team_id", "is required");
            errors.Text("member.name", m.Name, 50, required: true);
            errors.Phone("member.phone", m.Phone, required: false);
            errors.Require(m.WomanId >= 0, "member.woman_id", "must not be negative");
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.LogServiceHoursRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Log is not null, "log", "is required"))
        {
            var l = request.Log!;
            errors.Require(l.TeamId > 0, "log.team_id", "is required");
            errors.Require(l.MemberId > 0, "log.member_id", "is required");
            errors.PastDate("log.date", l.Date, today, required: true);
            errors.Require(HalfHours(l.Hours) is not null, "log.hours", "must be 0.5 to 24 in half hours");
            errors.Defined("log.kind", l.Kind, required: true);
            errors.Require(l.WomenServed.Count <= MaxWomenServed, "log.women_served", "must name at most 50 women");
            errors.Require(l.WomenServed.All(id => id > 0), "log.women_served", "must be Registry ids");
            errors.Require(l.WomenServed.Distinct().Count() == l.WomenServed.Count, "log.women_served", "must name each woman once");
            errors.Require(l.ProjectId >= 0, "log.project_id", "must not be negative");
        }
        errors.ThrowIfAny();
    }

    /// <summary>Hours as half hours (1..48), or null when they are not 0.5 to 24 in half hours.</summary>
    public static int? HalfHours(double hours)
    {
        var halves = hours * 2;
        return double.IsFinite(halves) && halves == Math.Floor(halves) && halves is >= 1 and <= 48 ? (int)halves : null;
    }

    public static void Validate(Proto.CreateExecutivePairingRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Text("executive_name", request.ExecutiveName, 50, required: true);
        errors.Text("executive_position", request.ExecutivePosition, 100, required: true);
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.PastDate("start_date", request.StartDate, today, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordPairingContactRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.PairingId > 0, "pairing_id", "is required");
        errors.PastDate("date", request.Date, today, required: true);
        errors.Defined("form", request.Form, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.EndExecutivePairingRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.Id > 0, "id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.ThrowIfAny();
    }
}
