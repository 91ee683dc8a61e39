using System.Net;
using System.Net.Sockets;

namespace Suite.AppHost.Hosting;

public static class LoopbackPorts
{
    /// <summary>A port free on 127.0.0.1 right now, as Aspire picks one for each endpoint.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
