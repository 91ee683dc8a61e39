using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Suite.AppHost.Hosting;

/// <summary>A local redis-server on a loopback port, its append-only file under data/redis so streams survive restarts.</summary>
public sealed class RedisResource(string name) : Resource(name)
{
    private SupervisedProcess? _process;
    private int _port;

    public override string Endpoint => _port == 0 ? "" : $"tcp://127.0.0.1:{_port}";

    public override int? ProcessId => _process?.Id;

    public string ConnectionString => $"127.0.0.1:{_port}";

    public override IEnumerable<KeyValuePair<string, string>> ReferenceEnvironment() =>
        [new($"ConnectionStrings__{Name}", ConnectionString)];

    public override Task StartAsync(HostContext context, CancellationToken cancellationToken)
    {
        if (_port == 0)
        {
            _port = LoopbackPorts.Free();
        }
        var directory = Path.Combine(context.DataDirectory, Name);
        Directory.CreateDirectory(directory);
        _process = new SupervisedProcess(Name, new ProcessStartInfo("redis-server",
            ["--port", _port.ToString(), "--bind", "127.0.0.1", "--dir", directory, "--appendonly", "yes", "--save", ""]), context.Log);
        try
        {
            _process.Start();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("redis-server is not installed: run the README's run command, or apt-get install -y redis-server.");
        }
        return Task.CompletedTask;
    }

    public Task Exited => _process?.Exited ?? Task.CompletedTask;

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, _port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            var healthy = Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
            Health = healthy ? "Healthy" : "Unhealthy";
            return healthy;
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            // Refused, or reset while Redis shuts down.
            Health = "Unhealthy";
            return false;
        }
    }

    public override Task StopAsync() => _process?.StopAsync() ?? Task.CompletedTask;
}
