using System.Globalization;
using Suite.Community.Model;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

public static class ParticipationMapping
{
    public static Proto.Election ToProto(this ElectionRecord e, IEnumerable<CandidateRecord> candidates)
    {
        var proto = new Proto.Election
        {
            Id = e.Id, VillageCode = e.VillageCode, Body = e.Body, TermStartYear = e.TermStartYear, Seats = e.Seats, Electorate = e.Electorate, VotesCast = e.VotesCast,
        };
        proto.Candidates.AddRange(candidates.OrderBy(c => c.Id).Select(c => c.ToProto()));
        proto.WomenElected = proto.Candidates.Count(c => c.Elected);
        return proto;
    }

    public static Proto.Candidate ToProto(this CandidateRecord c) => new()
    {
        Id = c.Id, ElectionId = c.ElectionId, WomanId = c.WomanId, RecommendedBy = c.RecommendedBy, HasResult = c.HasResult, Votes = c.Votes, Elected = c.Elected,
        Etag = c.Version.ToString(CultureInfo.InvariantCulture),
    };

    public static Proto.BoardMember ToProto(this BoardMemberRecord b) => new()
    {
        Id = b.Id, VillageCode = b.VillageCode, Kind = b.Kind, BoardName = b.BoardName, WomanId = b.WomanId, FromDate = Date.From(b.FromDate),
        UntilDate = CommendationMapping.From(b.UntilDate), Etag = b.Version.ToString(CultureInfo.InvariantCulture),
    };
}
