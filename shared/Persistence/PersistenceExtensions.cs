using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Suite.GrpcServer.Errors;
using Suite.Security;

namespace Suite.Persistence;

/// <summary>
/// Registers a service's DbContext on the provider chosen by <c>Database:Provider</c>. Each provider has
/// its own context subclass so that each keeps its own migrations; the service code only sees <typeparamref name="TContext"/>.
/// </summary>
public static class PersistenceExtensions
{
    // Interceptor order matters: fields are sealed first, so that a change of an encrypted value alone still
    // marks the entity modified before the version (etag) is bumped.
    public static IHostApplicationBuilder AddSuiteDbContext<TContext, TSqliteContext, TSqlServerContext>(
        this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        builder.Services.TryAddSingleton<FieldProtector>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IErrorStatusMapping, DatabaseErrorMapping>());
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString(connectionName);

        if (provider == DatabaseProvider.SqlServer)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException($"ConnectionStrings:{connectionName} is required when Database:Provider is SqlServer.");
            }
            // No retrying execution strategy: writes use explicit transactions (change + outbox rows), which
            // EF's retrying strategy refuses. A transient failure answers UNAVAILABLE (ErrorMappingInterceptor) and
            // the client retries; creates are idempotent by request_id, updates guarded by etag.
            builder.Services.AddDbContextPool<TSqlServerContext>(options => options
                .UseSqlServer(connectionString, sql => sql.UseParameterizedCollectionMode(ListsAsOneParameter))
                .ConfigureWarnings(RefusalsAreNotErrors)
                .AddInterceptors(FieldProtectionInterceptor.Instance, new VersionIncrementInterceptor(), WriteRecordingInterceptor.Instance, CommitRecordingInterceptor.Instance));
            builder.Services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlServerContext>());
        }
        else
        {
            connectionString = PrepareSqliteFile(connectionString, connectionName);
            builder.Services.AddDbContextPool<TSqliteContext>(options => options
                .UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ListsAsOneParameter))
                .ConfigureWarnings(RefusalsAreNotErrors)
                .AddInterceptors(FieldProtectionInterceptor.Instance, new VersionIncrementInterceptor(), new SqlitePragmaInterceptor(), WriteRecordingInterceptor.Instance, CommitRecordingInterceptor.Instance));
            builder.Services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqliteContext>());
        }

        builder.Services.AddSingleton<DatabaseStartup>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(connectionName);
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }

    // A write the database refuses (a unique index: the losing side of two concurrent creates) is answered as a status
    // (ALREADY_EXISTS, ABORTED) by the error mapping, which logs at error level what it does not expect; EF would log
    // every refusal as an error with its stack trace first.
    private static void RefusalsAreNotErrors(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) => warnings.Log(
        (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, Microsoft.Extensions.Logging.LogLevel.Information),
        (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.OptimisticConcurrencyException, Microsoft.Extensions.Logging.LogLevel.Information),
        (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, Microsoft.Extensions.Logging.LogLevel.Information));

    // "ids.Contains(x)" sends the list as one JSON parameter (json_each / OPENJSON) rather than EF 10's default of one
    // parameter per element: a batch of 700 ids and one of 650 then share one SQL text and one cached command, where
    // the default built (and compiled, and later finalized) a new command for every list length.
    private const ParameterTranslationMode ListsAsOneParameter = ParameterTranslationMode.Parameter;

    // The embedded default is data/<name>.db; the folder is created so that a fresh clone just runs.
    private static string PrepareSqliteFile(string? connectionString, string connectionName)
    {
        var csb = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString)
            ? $"Data Source={Path.Combine("data", connectionName + ".db")}"
            : connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        csb.Pooling = true;
        return csb.ToString();
    }
}
