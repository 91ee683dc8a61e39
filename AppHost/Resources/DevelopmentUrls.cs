using System.Net;
using System.Net.Sockets;

namespace Suite.AppHost.Resources;

/// <summary>
/// The dashboard's own addresses (browser, OTLP, resource service) on free loopback ports, so that a second run
/// on the same machine does not collide with the first, and the development environment. They are added as
/// command-line configuration unless the environment, a launch profile or the command line already sets them;
/// <c>--dashboard-port N</c> fixes the browser port.
/// </summary>
public static class DevelopmentUrls
{
    public static string[] FillIn(string[] args)
    {
        if (args.Contains("publish") || args.Any(a => a.StartsWith("--publisher", StringComparison.Ordinal)))
        {
            return args;
        }
        var portIndex = Array.IndexOf(args, "--dashboard-port");
        var dashboardPort = portIndex >= 0 && portIndex + 1 < args.Length ? args[portIndex + 1] : FreePort();
        List<string> all = [.. args];
        AddUnlessSet(all, "ASPNETCORE_URLS", $"http://127.0.0.1:{dashboardPort}");
        AddUnlessSet(all, "ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL", $"http://127.0.0.1:{FreePort()}");
        AddUnlessSet(all, "ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL", $"http://127.0.0.1:{FreePort()}");
        // Everything stays on loopback in plain HTTP: no development certificate can be trusted on this platform.
        AddUnlessSet(all, "ASPIRE_ALLOW_UNSECURED_TRANSPORT", "true");
        if (Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is null && Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is null
            && !args.Contains("--environment"))
        {
            all.AddRange(["--environment", "Development"]);
        }
        return [.. all];
    }

    private static void AddUnlessSet(List<string> args, string name, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)) && !args.Contains("--" + name))
        {
            args.AddRange(["--" + name, value]);
        }
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
