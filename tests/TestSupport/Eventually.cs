using Xunit;

namespace Suite.TestSupport;

/// <summary>Waits for what arrives asynchronously (an event consumed, a projection updated), probing every 100 ms for up to a minute.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T?>> probe) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, "not reached within 60 s");
            await Task.Delay(100);
        }
    }
}
