namespace Suite.AppHost.Resources;

/// <summary>
/// A local <c>redis-server</c> run as an executable (no container engine needed). Services that reference it get
/// <c>ConnectionStrings__{name}</c> = host:port of its endpoint.
/// </summary>
public sealed class RedisServerResource(string name, string workingDirectory)
    : ExecutableResource(name, "redis-server", workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.HostAndPort)}");
}
