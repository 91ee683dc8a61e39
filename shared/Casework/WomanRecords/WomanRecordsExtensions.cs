using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Suite.Casework;

public static class WomanRecordsExtensions
{
    /// <summary>A source of the woman's records this service answers for (scoped).</summary>
    public static IHostApplicationBuilder AddWomanRecords<TSource>(this IHostApplicationBuilder builder) where TSource : class, IWomanRecordSource
    {
        builder.Services.AddScoped<IWomanRecordSource, TSource>();
        return builder;
    }

    /// <summary>The woman-records API (<c>suite.common.v1.WomanRecordsService</c>).</summary>
    public static WebApplication MapWomanRecords(this WebApplication app)
    {
        app.MapGrpcService<WomanRecordsGrpcService>();
        return app;
    }
}
