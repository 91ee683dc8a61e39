namespace Suite.AppHost.Resources;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// A service's own database as a connection-string resource: by default a SQLite file {data}/{name}.db; with
    /// <c>--database sqlserver</c>, the connection string of an existing SQL Server database, read from
    /// <c>ConnectionStrings:{name}</c> in the app host's configuration (user secrets or environment).
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddServiceDatabase(
        this IDistributedApplicationBuilder builder, string name, SuiteRunOptions run)
    {
        if (run.SqlServer)
        {
            return builder.AddConnectionString(name);
        }
        var file = Path.Combine(run.DataDirectory, name + ".db");
        return builder.AddConnectionString(name, ReferenceExpression.Create($"Data Source={file}"));
    }

    /// <summary>References the database and tells the service which provider it is (<c>Database:Provider</c>).</summary>
    public static IResourceBuilder<ProjectResource> WithDatabase(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<IResourceWithConnectionString> database, SuiteRunOptions run) =>
        service.WithReference(database).WithEnvironment("Database__Provider", run.DatabaseProvider);
}
