using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Suite.Security;
using Xunit;

namespace Suite.Shared.Tests;

public sealed class FieldProtectorTests
{
    private static readonly string OldKey = FieldProtector.NewKey();
    private static readonly string NewKey = FieldProtector.NewKey();
    private static readonly string HashKey = FieldProtector.NewKey();

    private static FieldProtector With(string activeKeyId, params (string Id, string Key)[] keys) => new(new ConfigurationBuilder().AddInMemoryCollection(
        keys.Select(k => new KeyValuePair<string, string?>($"DataProtection:Keys:{k.Id}", k.Key))
            .Append(new("DataProtection:ActiveKeyId", activeKeyId))
            .Append(new("DataProtection:HashKey", HashKey))).Build());

    [Fact]
    public void A_value_round_trips_and_each_sealing_differs()
    {
        var protector = With("k1", ("k1", OldKey));
        var first = protector.Protect("11010519491231002X", "ResidentIdNumber");
        var second = protector.Protect("11010519491231002X", "ResidentIdNumber");
        Assert.StartsWith("k1:", first);
        Assert.NotEqual(first, second); // a fresh nonce each time
        Assert.DoesNotContain("1101051949", first);
        Assert.Equal("11010519491231002X", protector.Unprotect(first, "ResidentIdNumber"));
        Assert.Equal("", protector.Protect("", "Phone"));
    }

    [Fact]
    public void After_rotation_old_values_stay_readable_and_new_ones_use_the_new_key()
    {
        var sealedOld = With("k1", ("k1", OldKey)).Protect("13800138000", "Phone");
        var rotated = With("k2", ("k1", OldKey), ("k2", NewKey));
        Assert.Equal("13800138000", rotated.Unprotect(sealedOld, "Phone"));
        Assert.StartsWith("k2:", rotated.Protect("13800138000", "Phone"));
    }

    [Fact]
    public void A_value_moved_to_another_column_or_tampered_with_does_not_decrypt()
    {
        var protector = With("k1", ("k1", OldKey));
        var phone = protector.Protect("13800138000", "Phone");
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(phone, "ResidentIdNumber"));
        var bytes = Convert.FromBase64String(phone[3..]);
        bytes[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("k1:" + Convert.ToBase64String(bytes), "Phone"));
    }

    [Fact]
    public void The_keyed_hash_is_stable_and_depends_on_the_key()
    {
        var a = With("k1", ("k1", OldKey));
        Assert.Equal(a.Hash("11010519491231002X"), a.Hash("11010519491231002X"));
        Assert.NotEqual(Convert.ToBase64String(SHA256.HashData("11010519491231002X"u8)), a.Hash("11010519491231002X"));
        // HMAC-SHA256 under the hash key, as stored since the first release: the hashes in existing ledgers still match.
        Assert.Equal(Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(HashKey), "11010519491231002X"u8)), a.Hash("11010519491231002X"));
    }

    [Fact]
    public void One_protector_used_from_many_threads_at_once_seals_and_opens_every_value()
    {
        // The protector keeps a cipher and an HMAC per thread; shared between threads they would corrupt each other.
        var protector = With("k2", ("k1", OldKey), ("k2", NewKey));
        var sealedOld = With("k1", ("k1", OldKey)).Protect("13800138000", "Phone");
        var failures = 0;
        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var value = $"1101051949123{i:D4}X";
            var ok = protector.Unprotect(protector.Protect(value, "ResidentIdNumber"), "ResidentIdNumber") == value
                && protector.Unprotect(sealedOld, "Phone") == "13800138000"
                && protector.Hash(value) == Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(HashKey), System.Text.Encoding.UTF8.GetBytes(value)));
            if (!ok)
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Missing_or_short_keys_stop_the_service_with_a_clear_message()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new FieldProtector(new ConfigurationBuilder().Build()));
        Assert.Contains("DataProtection:Keys", ex.Message);
        Assert.Throws<InvalidOperationException>(() => With("k1", ("k1", Convert.ToBase64String(new byte[16]))));
    }
}
