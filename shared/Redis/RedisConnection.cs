using StackExchange.Redis;

namespace Suite.Redis;

/// <summary>
/// The service's Redis connection. It is resolved when first used and keeps reconnecting in the background
/// (<c>AbortOnConnectFail</c> off), so a service starts and serves while Redis is down.
/// </summary>
public sealed class RedisConnection(Lazy<IConnectionMultiplexer> multiplexer)
{
    public IDatabase Database => multiplexer.Value.GetDatabase();

    public bool IsConnected => multiplexer.Value.IsConnected;

    /// <summary>How long a call that must not hold up a request waits for Redis (a cache read, a lease, a cache drop).</summary>
    public static readonly TimeSpan QuickCall = TimeSpan.FromMilliseconds(300);

    /// <summary>Redis away, hung or shutting down: what every caller of Redis treats as "go on without it".</summary>
    public static bool IsFailure(Exception exception) => exception is RedisException or TimeoutException or ObjectDisposedException;

    /// <summary>
    /// A fault of the connection itself, for loops that retry: a Redis error, or the client's pipe read after its
    /// connection was reset (seen once at start, when sixteen processes connected on two loaded cores).
    /// </summary>
    public static bool IsConnectionFault(Exception exception) =>
        exception is RedisException || exception is InvalidOperationException { Source: "System.IO.Pipelines" };

    /// <summary>Publish and subscribe (the messages every instance of a service hears).</summary>
    public ISubscriber Subscriber => multiplexer.Value.GetSubscriber();

    /// <summary>Runs <paramref name="action"/> each time the connection comes back after it was lost.</summary>
    public void OnRestored(Action action) => multiplexer.Value.ConnectionRestored += (_, _) => action();

    /// <summary>The options every connection of the suite uses: short timeouts, and no failure when Redis is away at start.</summary>
    public static void Configure(ConfigurationOptions options)
    {
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 2000;
        options.AsyncTimeout = 2000;
        options.ConnectRetry = 1;
    }

    /// <summary>A connection of its own to a connection string ("host:port[,password=…]"), for tests (never disposed by the suite).</summary>
    public static RedisConnection To(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        Configure(options);
        return new RedisConnection(new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options)));
    }
}
