using System.Globalization;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.FamilyEducation.Rules;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Security;
using Proto = Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>The households with minor children of an area, and the quarter's coverage of them.</summary>
public sealed class HouseholdQuery(HouseholdReach reach, CurrentCaller caller, TimeProvider clock)
{
    public async Task<Proto.ListHouseholdsResponse> ListAsync(Proto.ListHouseholdsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        if (request.IncludeChildren && !caller.Has(FamilyEducationPermissions.ChildrenRead))
        {
            // Minors' data (PIPL Art. 28, 31): only for the roles that look after them.
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"Children's details need the {FamilyEducationPermissions.ChildrenRead} permission."));
        }
        var size = PageToken.Size(request.PageSize, 100, 500);
        var key = $"households:{area}:{request.IncludeChildren}";
        var after = PageToken.Decode(request.PageToken, key, 1) is { } token ? long.Parse(token[0], CultureInfo.InvariantCulture) : 0;
        var today = clock.Today();
        var page = await reach.WithMinorChildren(area, today).Where(h => h.WomanId > after).OrderBy(h => h.WomanId).Take(size + 1).ToListAsync(ct);
        var response = new Proto.ListHouseholdsResponse();
        foreach (var h in page.Take(size))
        {
            var minors = h.Children.Where(c => MinorChildren.IsMinor(c, today)).ToList();
            var household = new Proto.Household { WomanId = h.WomanId, VillageCode = h.VillageCode, MinorChildren = minors.Count };
            if (request.IncludeChildren)
            {
                household.Children.AddRange(minors.OrderBy(c => c.BirthDate).Select(c => new Proto.MinorChild { BirthYear = c.BirthDate!.Value.Year, Schooling = c.Schooling }));
            }
            response.Households.Add(household);
        }
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode(key, page[size - 1].WomanId.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    public async Task<Proto.Coverage> GetCoverageAsync(Proto.GetCoverageRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Require(request.Year is >= 2000 and <= 2100, "year", "must be 2000 to 2100");
        errors.Require(request.Quarter is >= 1 and <= 4, "quarter", "must be 1 to 4");
        errors.Require(request.ListUnreached is >= 0 and <= 500, "list_unreached", "must be 0 to 500");
        errors.ThrowIfAny();
        var area = caller.AreaFor(request.AreaCode);
        var quarter = new Quarter(request.Year, request.Quarter);
        var households = await reach.ListAsync(area, quarter.First, quarter.Last, ct);
        var reached = households.Count(h => h.Reached);
        return new Proto.Coverage
        {
            AreaCode = area,
            Households = households.Count,
            Reached = reached,
            NotReached = households.Count - reached,
            UnreachedWomen = { households.Where(h => !h.Reached).Take(request.ListUnreached).Select(h => h.WomanId) },
        };
    }
}
