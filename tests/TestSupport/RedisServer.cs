using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Suite.TestSupport;

/// <summary>
/// A real redis-server on a free loopback port, without persistence. Tests stop and restart it to
/// exercise what the services do while Redis is down.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private Process? _process;

    private readonly string? _dataDirectory;

    /// <param name="persistent">Keep data across <see cref="Stop"/> and <see cref="Start"/> (append-only file), as a production Redis does.</param>
    public RedisServer(bool persistent = false)
    {
        Port = FreePort();
        if (persistent)
        {
            _dataDirectory = Directory.CreateTempSubdirectory("suite-redis-").FullName;
        }
        Start();
    }

    /// <summary>Logical databases, so that each test fixture can have its own (keys and streams apart).</summary>
    public const int Databases = 1024;

    private static int _nextDatabase;

    public int Port { get; }

    /// <summary>A connection string to a logical database no other fixture of this run uses.</summary>
    public string IsolatedConnectionString() => $"{ConnectionString},defaultDatabase={Interlocked.Increment(ref _nextDatabase) % Databases}";

    public string ConnectionString => $"127.0.0.1:{Port}";

    public void Start()
    {
        var persistence = _dataDirectory is null ? "--appendonly no" : $"--appendonly yes --dir {_dataDirectory}";
        _process = Process.Start(new ProcessStartInfo("redis-server", $"--port {Port} --bind 127.0.0.1 --save \"\" {persistence} --databases {Databases}")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start; install it with: apt-get install -y redis-server");
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Ping())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server on port {Port} did not answer");
            }
            Thread.Sleep(50);
        }
    }

    /// <summary>Shuts the server down cleanly (the append-only file is flushed), killing it if it does not stop.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            try
            {
                Command("SHUTDOWN");
            }
            catch (Exception ex) when (ex is IOException or SocketException)
            {
                // The server closes the connection as it goes down.
            }
            if (!_process.WaitForExit(5000))
            {
                _process.Kill();
                _process.WaitForExit();
            }
        }
        _process = null;
    }

    /// <summary>Freezes the server (SIGSTOP): connections stay open and nothing answers, as with a hung Redis.</summary>
    public void Pause() => Signal(19);

    /// <summary>Lets a paused server run again (SIGCONT).</summary>
    public void Resume() => Signal(18);

    private void Signal(int signal)
    {
        if (_process is not { HasExited: false } process || Kill(process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"could not signal redis-server ({signal})");
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>Sends one command in the inline protocol and returns the raw reply.</summary>
    public string Command(string command)
    {
        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        stream.Write(Encoding.UTF8.GetBytes(command + "\r\n"));
        var buffer = new byte[65536];
        var read = stream.Read(buffer);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    public void Dispose()
    {
        Stop();
        if (_dataDirectory is not null && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private bool Ping()
    {
        try
        {
            return Command("PING").StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
