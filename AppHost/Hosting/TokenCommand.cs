using Suite.ServiceDefaults.Security;

namespace Suite.AppHost.Hosting;

/// <summary>
/// <c>token --department D --role R --area A [--name N] [--hours H] [--data-dir DIR]</c>: prints a short-lived
/// token signed with the local development key. Refused in Production, where the identity provider issues tokens.
/// </summary>
public static class TokenCommand
{
    public static int Run(string[] args, string dataDirectory)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Development";
        if (environment.Equals("Production", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine("token: the local signing key is refused in Production; get a token from the identity provider.");
            return 2;
        }
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var department = Option("--department");
        var role = Option("--role");
        var area = Option("--area") ?? "";
        if (department is null || role is null)
        {
            Console.Error.WriteLine("usage: token --department civil-affairs --role county-officer --area 231025 [--name 姓名] [--hours 8]");
            return 2;
        }
        var hours = double.TryParse(Option("--hours"), out var h) ? Math.Clamp(h, 0.1, 24) : 8;
        var secrets = LocalSecretsFile.LoadOrCreate(dataDirectory);
        var name = Option("--name") ?? $"{department}/{role}";
        Console.WriteLine(new LocalTokenIssuer(secrets.SigningKey).Mint($"local:{department}:{role}:{area}", name, department, role, area, TimeSpan.FromHours(hours)));
        return 0;
    }
}
