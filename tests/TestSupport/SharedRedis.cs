namespace Suite.TestSupport;

/// <summary>One redis-server for the whole test run; tests that stop Redis start their own.</summary>
public static class SharedRedis
{
    private static readonly Lazy<RedisServer> Server = new(() =>
    {
        var server = new RedisServer();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    });

    public static RedisServer Instance => Server.Value;
}
