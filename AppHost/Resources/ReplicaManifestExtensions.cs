namespace Suite.AppHost.Resources;

public static class ReplicaManifestExtensions
{
    /// <summary>
    /// Aspire's manifest writer leaves <c>WithReplicas</c> out of a project's entry, so a deployment would not know it:
    /// when publishing, the service's entry is written as Aspire writes it (type, path, args, env, bindings) with
    /// <c>"replicas": N</c> added.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithReplicasInManifest(this IResourceBuilder<ProjectResource> service, SuiteRunOptions run)
    {
        if (!run.IsPublishing)
        {
            return service;
        }
        var project = service.Resource;
        return service.WithManifestPublishingCallback(async context =>
        {
            context.Writer.WriteString("type", "project.v0");
            context.Writer.WriteString("path", context.GetManifestRelativePath(project.GetProjectMetadata().ProjectPath));
            context.Writer.WriteNumber("replicas", project.GetReplicaCount());
            await context.WriteCommandLineArgumentsAsync(project);
            await context.WriteEnvironmentVariablesAsync(project);
            context.WriteBindings(project);
        });
    }
}
