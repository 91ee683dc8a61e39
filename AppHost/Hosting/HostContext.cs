namespace Suite.AppHost.Hosting;

/// <summary>Where the host runs: the repository, the data folder, the build configuration, and its log output.</summary>
public sealed record HostContext(string RepositoryRoot, string AppHostDirectory, string DataDirectory, string Configuration, ConsoleLog Log);
