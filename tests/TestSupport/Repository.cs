namespace Suite.TestSupport;

/// <summary>The repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

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
