using System.Text;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Ledger;
using Suite.Persistence;
using Suite.Registry.Infrastructure;
using Suite.Registry.Rules;
using Suite.Security;
using Area = Suite.Registry.Model.Area;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>The area hierarchy: CSV import (all or nothing), lookups and child lists.</summary>
public sealed class AreaCatalog(RegistryDbContext db, VillageDirectory directory, CurrentCaller caller)
{
    public const string ResourceType = "suite.registry.v1.Area";
    private const int MaxReportedLines = 20;
    private static readonly string[] Header = ["code", "name", "level", "urban_rural_code"];

    public async Task<Proto.ImportAreasResponse> ImportCsvAsync(byte[] csv, CancellationToken ct)
    {
        var errors = new FieldViolations();
        var parsed = Parse(csv, errors);
        var known = await db.Areas.ToDictionaryAsync(a => a.Code, ct);
        var scope = caller.Scope;
        foreach (var (line, area) in parsed.Where(p => !scope.Covers(p.Area.Code)))
        {
            errors.Add("csv", $"line {line}: area {area.Code} is outside your area {scope.Prefix}");
        }
        var incoming = parsed.ToDictionary(p => p.Area.Code, p => p.Area);
        foreach (var (line, area) in parsed.Where(p => p.Area.ParentCode.Length > 0))
        {
            if (!incoming.ContainsKey(area.ParentCode) && !known.ContainsKey(area.ParentCode))
            {
                errors.Add("csv", $"line {line}: parent area {area.ParentCode} of {area.Code} is neither in the file nor in the registry");
            }
        }
        errors.ThrowIfAny();

        var response = new Proto.ImportAreasResponse();
        var ruralChanged = new List<Area>();
        foreach (var area in incoming.Values)
        {
            if (!known.TryGetValue(area.Code, out var current))
            {
                db.Areas.Add(area);
                response.Created++;
            }
            else if (current.Name != area.Name || current.UrbanRuralCode != area.UrbanRuralCode)
            {
                if (current.IsRural != area.IsRural)
                {
                    ruralChanged.Add(area);
                }
                current.Name = area.Name;
                current.UrbanRuralCode = area.UrbanRuralCode;
                response.Updated++;
            }
            else
            {
                response.Unchanged++;
            }
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // Women carry their village's rural flag for filtering; a reclassified village updates them too.
        foreach (var village in ruralChanged)
        {
            await db.Women.Where(w => w.VillageCode == village.Code).ExecuteUpdateAsync(s => s.SetProperty(w => w.InRuralVillage, village.IsRural), ct);
        }
        await transaction.CommitAsync(ct);
        await directory.ChangedAsync();
        return response;
    }

    public async Task<Proto.Area> GetAsync(string code, CancellationToken ct)
    {
        if (!AreaCode.IsDigits(code) || AreaLevels.Of(code) == Proto.AreaLevel.Unspecified)
        {
            throw ValidationFailedException.For("code", "must be a 6-, 9- or 12-digit area code");
        }
        var area = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, ct)
            ?? throw new ResourceNotFoundException(ResourceType, code);
        return ToProto(area);
    }

    public async Task<Proto.ListAreasResponse> ListAsync(Proto.ListAreasRequest request, CancellationToken ct)
    {
        if (request.ParentCode.Length > 0 && (!AreaCode.IsDigits(request.ParentCode) || AreaLevels.Of(request.ParentCode) is not (Proto.AreaLevel.County or Proto.AreaLevel.Township)))
        {
            throw ValidationFailedException.For("parent_code", "must be empty, a 6-digit county code or a 9-digit township code");
        }
        var size = PageToken.Size(request.PageSize, 100, 1000);
        var after = PageToken.Decode(request.PageToken, "areas:" + request.ParentCode, 1)?[0];
        var query = db.Areas.AsNoTracking().Where(a => a.ParentCode == request.ParentCode);
        if (after is not null)
        {
            query = query.Where(a => string.Compare(a.Code, after) > 0);
        }
        var page = await query.OrderBy(a => a.Code).Take(size + 1).ToListAsync(ct);
        var response = new Proto.ListAreasResponse { Areas = { page.Take(size).Select(ToProto) } };
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode("areas:" + request.ParentCode, page[size - 1].Code);
        }
        return response;
    }

    public static Proto.Area ToProto(Area a) => new()
    {
        Code = a.Code, Name = a.Name, Level = a.Level, ParentCode = a.ParentCode, UrbanRuralCode = a.UrbanRuralCode, Rural = a.IsRural,
    };

    /// <summary>Reads and checks every line, naming up to 20 bad lines; the caller refuses the whole file if any is bad.</summary>
    public static List<(int Line, Area Area)> Parse(byte[] csv, FieldViolations errors)
    {
        var result = new List<(int, Area)>();
        using var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var line = 0;
        var seen = new HashSet<string>();
        foreach (var cells in CsvCodec.ReadRecords(reader))
        {
            line++;
            if (line == 1)
            {
                errors.Require(cells.Select(c => c.Trim()).SequenceEqual(Header), "csv", "the first line must be the header " + string.Join(',', Header));
                continue;
            }
            if (cells.All(string.IsNullOrWhiteSpace) || errors.Items.Count >= MaxReportedLines)
            {
                continue;
            }
            var error = ParseLine(cells, out var area);
            if (error is null && !seen.Add(area.Code))
            {
                error = $"area {area.Code} appears twice";
            }
            if (error is not null)
            {
                errors.Add("csv", $"line {line}: {error}");
                continue;
            }
            result.Add((line, area));
        }
        errors.Require(line > 0, "csv", "is empty");
        return result;
    }

    private static string? ParseLine(List<string> cells, out Area area)
    {
        area = new Area();
        if (cells.Count != Header.Length)
        {
            return $"expected {Header.Length} columns, found {cells.Count}";
        }
        var code = cells[0].Trim();
        var level = cells[2].Trim().ToLowerInvariant() switch
        {
            "county" => Proto.AreaLevel.County,
            "township" => Proto.AreaLevel.Township,
            "village" => Proto.AreaLevel.Village,
            _ => Proto.AreaLevel.Unspecified,
        };
        if (level == Proto.AreaLevel.Unspecified)
        {
            return "level must be county, township or village";
        }
        if (!AreaCode.IsDigits(code) || AreaLevels.Of(code) != level)
        {
            return $"code {code} is not a {cells[2].Trim().ToLowerInvariant()} code (county 6, township 9, village 12 digits)";
        }
        var name = cells[1].Trim();
        if (name.Length == 0 || FieldRules.Length(name) > 50)
        {
            return "name must be 1 to 50 characters";
        }
        var urbanRural = cells[3].Trim();
        if (level == Proto.AreaLevel.Village ? !(urbanRural.Length == 3 && AreaCode.IsDigits(urbanRural)) : urbanRural.Length != 0)
        {
            return "urban_rural_code must be 3 digits for a village and empty otherwise";
        }
        area = new Area { Code = code, Name = name, Level = level, ParentCode = AreaCode.ParentOf(code), UrbanRuralCode = urbanRural };
        return null;
    }
}
