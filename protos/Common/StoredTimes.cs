using Google.Protobuf.WellKnownTypes;

namespace Suite.Contracts.Common;

public static class StoredTimes
{
    /// <summary>A UTC time read back from a database (which drops the kind) as a wire timestamp.</summary>
    public static Timestamp ToUtcTimestamp(this DateTime storedUtc) => Timestamp.FromDateTime(DateTime.SpecifyKind(storedUtc, DateTimeKind.Utc));
}
