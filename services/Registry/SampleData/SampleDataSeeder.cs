using System.Text;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;
using Suite.GrpcServer.Errors;
using Suite.Ledger;
using Suite.Persistence;
using Suite.Registry.Infrastructure;
using Suite.Registry.UseCases;

namespace Suite.Registry.SampleData;

/// <summary>
/// Loads the shipped sample data into an empty database, through the same import paths clients use.
/// Runs after the migrator (hosted services start in registration order) and before the server takes calls.
/// </summary>
public sealed class SampleDataSeeder(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SampleDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var set = configuration.GetValue("Registry:SampleData", SampleDataSet.None);
        if (set == SampleDataSet.None)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        // Instances starting together take turns; the second finds the data loaded.
        await using var once = await StartupLock.AcquireAsync(db, "sample-data", cancellationToken);
        if (!await db.Areas.AnyAsync(cancellationToken))
        {
            var result = await scope.ServiceProvider.GetRequiredService<AreaCatalog>().ImportCsvAsync(await File.ReadAllBytesAsync(PathOf("areas.csv"), cancellationToken), cancellationToken);
            logger.LogInformation("Sample areas loaded: {Created} areas", result.Created);
        }
        if (set == SampleDataSet.All && !await db.Women.AnyAsync(cancellationToken))
        {
            var result = new ImportWomenResponse();
            await scope.ServiceProvider.GetRequiredService<WomenImporter>().ImportAsync(ReadSampleSurvey(PathOf("women.csv")), ErrorText.ChineseLocale,
                chunk => Task.FromResult(result = chunk), cancellationToken);
            logger.LogInformation("Sample survey loaded: {Created} women created, {Rejected} rejected", result.Created, result.Rejected);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "SampleData", file);

    private static async IAsyncEnumerable<ImportWomenRequest> ReadSampleSurvey(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var row = 0;
        foreach (var cells in CsvCodec.ReadRecords(reader))
        {
            if (LedgerCsv.IsHeader(cells))
            {
                continue;
            }
            var woman = LedgerCsv.ParseRow(cells, []);
            yield return new ImportWomenRequest { RowNumber = ++row, Woman = woman, RecordedBy = "sample data" };
        }
        await Task.CompletedTask;
    }
}
