namespace Suite.TestSupport;

/// <summary>The repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The built assembly of a service under services/, in the configuration the tests were built in.</summary>
    public static string ServiceAssembly(string folder, string name) => BuiltAssembly(Path.Combine("services", folder), name);

    /// <summary>The built assembly of the project in a folder of the repository, e.g. ("AppHost", "Suite.AppHost").</summary>
    public static string BuiltAssembly(string folder, string name) =>
        Path.Combine(Root, folder, "bin", Configuration, "net10.0", name + ".dll");

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Suite.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Suite.sln not found above the test folder.");
    }
}
