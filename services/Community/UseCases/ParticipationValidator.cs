using Suite.Domain;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>The fields of elections, candidates, results and board memberships.</summary>
public static class ParticipationValidator
{
    public const int FirstTermYear = 2000;
    public const int MaxSeats = 50;
    public const int MaxElectorate = 100_000;

    public static void Validate(Proto.RecordElectionRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Election is not null, "election", "is required"))
        {
            var e = request.Election!;
            Village(errors, "election.village_code", e.VillageCode);
            errors.Defined("election.body", e.Body, required: true);
            errors.Require(e.TermStartYear >= FirstTermYear && e.TermStartYear <= today.Year + 1, "election.term_start_year", $"must be {FirstTermYear} to {today.Year + 1}");
            errors.Require(e.Seats is >= 1 and <= MaxSeats, "election.seats", $"must be 1 to {MaxSeats}");
            errors.Require(e.Electorate is >= 1 and <= MaxElectorate, "election.electorate", $"must be 1 to {MaxElectorate}");
            if (errors.Require(e.VotesCast >= 0, "election.votes_cast", "must not be negative"))
            {
                errors.Require(e.VotesCast <= e.Electorate, "election.votes_cast", "must not exceed the electorate");
            }
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.AddCandidateRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.ElectionId > 0, "election_id", "is required");
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.Text("recommended_by", request.RecommendedBy, 100, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordResultRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.CandidateId > 0, "candidate_id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.Require(request.Votes >= 0, "votes", "must not be negative");
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.AddBoardMemberRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        Village(errors, "village_code", request.VillageCode);
        errors.Defined("kind", request.Kind, required: true);
        errors.Text("board_name", request.BoardName, 50, required: request.Kind == Proto.BoardKind.Other);
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.PastDate("from_date", request.FromDate, today, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.EndBoardMembershipRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Require(request.Id > 0, "id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.PastDate("until_date", request.UntilDate, today, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.ListElectionsRequest request)
    {
        var errors = new FieldViolations();
        errors.Defined("body", request.Body, required: false);
        errors.Require(request.TermStartYear >= 0, "term_start_year", "must not be negative");
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.GetVillageParticipationRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.TermStartYear >= 0, "term_start_year", "must not be negative");
        errors.ThrowIfAny();
    }

    private static void Village(FieldViolations errors, string field, string code) =>
        errors.Require(AreaCode.IsDigits(code) && code.Length == AreaCode.VillageLength, field, "must be a 12-digit village code");
}
