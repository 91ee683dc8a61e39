using Xunit;

namespace Suite.TestSupport;

/// <summary>Waits for what arrives asynchronously (an event consumed, a projection updated), probing every 100 ms for up to a minute;
/// a probe answered UNAVAILABLE is tried again.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T?>> probe) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if (await probe() is { } value)
                {
                    return value;
                }
            }
            catch (Grpc.Core.RpcException ex) when (ex.StatusCode == Grpc.Core.StatusCode.Unavailable)
            {
                // UNAVAILABLE says "retry the call" (a service just restarted, its audit log not yet writable): not yet.
            }
            Assert.True(DateTime.UtcNow < deadline, "not reached within 60 s");
            await Task.Delay(100);
        }
    }
}
