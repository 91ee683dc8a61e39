namespace Suite.AppHost.Resources;

public static class WebConsoleExtensions
{
    /// <summary>
    /// The staff's web console: its project with one plain-HTTP endpoint (<c>--console-port N</c> fixes the port),
    /// references to the department services it calls (service discovery) and waiting for them. In a local run it
    /// gets the development signing key for its development sign-in; a published one signs in through OpenID Connect
    /// (<c>SignIn__Oidc__*</c>, docs/console.md). Its address is in the line that says the suite is ready.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddWebConsole<TProject>(this IDistributedApplicationBuilder builder, string name, SuiteKeys keys,
        SuiteRunOptions run, params IResourceBuilder<ProjectResource>[] services)
        where TProject : IProjectMetadata, new()
    {
        var port = int.TryParse(builder.Configuration["console-port"], out var fixedPort) ? fixedPort : (int?)null;
        var console = builder.AddProject<TProject>(name)
            .WithHttpEndpoint(name: "http", port: port, isProxied: false)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithHttpHealthCheck("/health");
        if (!run.IsPublishing)
        {
            console.WithEnvironment("SignIn__DevelopmentSigningKey", keys.SigningKey);
        }
        foreach (var service in services)
        {
            console.WithReference(service).WaitFor(service);
        }
        return console;
    }
}
