using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Security;
using Suite.Supervision.Infrastructure;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;

namespace Suite.Supervision.UseCases;

/// <summary>
/// Who calls, as the task table sees her: her unit (her township, else her department), whether she reads every unit
/// (the office, county leaders), and the plans of her county.
/// </summary>
public sealed class SupervisionCaller(CurrentCaller caller, SupervisionDbContext db)
{
    public const string PlanType = "suite.supervision.v1.Plan";

    public CurrentCaller Current => caller;

    public string Unit => Units.OfCaller(caller.Caller.Department, caller.Caller.Area);

    public bool SeesEveryUnit => caller.Has(SupervisionPermissions.OverviewRead);

    public bool Sees(string unit) => SeesEveryUnit || unit == Unit;

    /// <summary>A county the caller works in or above: her own scope, or a township inside it.</summary>
    public void RequireCounty(string countyCode, string field = "county_code")
    {
        if (!(AreaCode.IsDigits(countyCode) && countyCode.Length == AreaCode.CountyLength))
        {
            throw ValidationFailedException.For(field, "must be a 6-digit county code");
        }
        caller.Scope.Narrow(countyCode, field); // refuses a county outside her area; a township officer works inside hers
    }

    public async Task<Plan> PlanAsync(long planId, CancellationToken ct, string field = "plan_id")
    {
        if (planId <= 0)
        {
            throw ValidationFailedException.For(field, "is required");
        }
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || !caller.Scope.CoversOrIsAbove(plan.CountyCode))
        {
            throw new ResourceNotFoundException(PlanType, planId.ToString(CultureInfo.InvariantCulture));
        }
        return plan;
    }

    public async Task<Plan?> PlanOfAsync(string countyCode, int year, CancellationToken ct) =>
        await db.Plans.FirstOrDefaultAsync(p => p.CountyCode == countyCode && p.Year == year, ct);
}
