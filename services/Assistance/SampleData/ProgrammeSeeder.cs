using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.Assistance.UseCases;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Programme = Suite.Assistance.Model.Programme;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.SampleData;

/// <summary>
/// Loads the programme catalogue (SampleData/programmes.json, the contract's JSON) into an empty database. It is
/// reference data, so it is loaded in production too; staff then edit it through UpdateProgramme.
/// </summary>
public sealed class ProgrammeSeeder(IServiceScopeFactory scopes, ILogger<ProgrammeSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssistanceDbContext>();
        // Instances starting together take turns; the second finds the data loaded.
        await using var once = await StartupLock.AcquireAsync(db, "sample-data", cancellationToken);
        if (await db.Programmes.AnyAsync(cancellationToken))
        {
            return;
        }
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "SampleData", "programmes.json"), cancellationToken);
        var catalogue = Proto.ListProgrammesResponse.Parser.ParseJson(json);
        foreach (var p in catalogue.Programmes)
        {
            var errors = new FieldViolations();
            ProgrammeValidator.Validate(p, errors);
            errors.ThrowIfAny();
            var programme = new Programme { Code = p.Code, Version = 1 };
            ProgrammeCatalog.Apply(programme, p);
            db.Programmes.Add(programme);
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Programme catalogue loaded: {Count} programmes", catalogue.Programmes.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
