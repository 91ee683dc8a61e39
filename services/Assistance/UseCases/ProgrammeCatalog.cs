using System.Globalization;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Programme = Suite.Assistance.Model.Programme;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>The programme catalogue: read by everyone with the permission, edited by authorised staff.</summary>
public sealed class ProgrammeCatalog(AssistanceDbContext db)
{
    public const string ResourceType = "suite.assistance.v1.Programme";

    public async Task<Proto.ListProgrammesResponse> ListAsync(Proto.ListProgrammesRequest request, CancellationToken ct)
    {
        var page = PageRequest.Of(request.PageSize, request.PageToken, $"programmes:{request.ActiveOnly}");
        var query = db.Programmes.AsNoTracking();
        if (request.ActiveOnly)
        {
            query = query.Where(p => p.Active);
        }
        // The catalogue is a few dozen programmes, read whole and paged by code.
        var programmes = Paging.PageOf(await query.OrderBy(p => p.Code).ToListAsync(ct), page);
        return new Proto.ListProgrammesResponse { Programmes = { programmes.Items.Select(ToProto) }, NextPageToken = programmes.NextPageToken };
    }

    public async Task<Proto.Programme> GetAsync(string code, CancellationToken ct) => ToProto(await FindAsync(code, tracked: false, ct));

    public async Task<Programme> FindAsync(string code, bool tracked, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw ValidationFailedException.For("code", "is required");
        }
        var query = tracked ? db.Programmes : db.Programmes.AsNoTracking();
        return await query.FirstOrDefaultAsync(p => p.Code == code, ct) ?? throw new ResourceNotFoundException(ResourceType, code);
    }

    public async Task<Proto.Programme> UpdateAsync(Proto.UpdateProgrammeRequest request, CancellationToken ct)
    {
        ProgrammeValidator.Validate(request);
        var p = request.Programme;
        var programme = await FindAsync(p!.Code, tracked: true, ct);
        if (programme.Version.ToString(CultureInfo.InvariantCulture) != p.Etag)
        {
            throw new EtagMismatchException(ResourceType, programme.Code);
        }
        Apply(programme, p);
        await db.SaveChangesAsync(ct);
        return ToProto(programme);
    }

    public static void Apply(Programme programme, Proto.Programme p)
    {
        programme.Name = p.Name;
        programme.LeadDepartment = p.LeadDepartment;
        programme.Kind = p.Kind;
        programme.RulesJson = JsonFormatter.Default.Format(p.Rules ?? new Proto.EligibilityRules());
        programme.CashMonthlyFen = p.Cash?.MonthlyAmountFen ?? 0;
        programme.CashPeriodMonths = p.Cash?.PeriodMonths ?? 0;
        programme.Active = p.Active;
        programme.Description = p.Description;
        var rules = p.Rules ?? new Proto.EligibilityRules();
        programme.Sensitive = p.Sensitive || rules.HealthStatuses.Count > 0 || rules.DisabilityCategories.Count > 0
            || rules.MaxDisabilityGrade > 0 || rules.DiagnosisRequired;
    }

    public static Proto.EligibilityRules Rules(Programme programme) => Proto.EligibilityRules.Parser.ParseJson(programme.RulesJson);

    public static Proto.Programme ToProto(Programme p) => new()
    {
        Code = p.Code,
        Etag = p.Version.ToString(CultureInfo.InvariantCulture),
        Name = p.Name,
        LeadDepartment = p.LeadDepartment,
        Kind = p.Kind,
        Rules = Rules(p),
        Cash = p.Kind == Proto.ProgrammeKind.Cash ? new Proto.CashRule { MonthlyAmountFen = p.CashMonthlyFen, PeriodMonths = p.CashPeriodMonths } : null,
        Active = p.Active,
        Description = p.Description,
        Sensitive = p.Sensitive,
    };
}
