namespace Suite.TestSupport;

/// <summary>Valid, unique female resident ID numbers (GB 11643) for tests.</summary>
public static class TestIdentities
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static int _counter;

    /// <summary>A new valid female ID number: birth dates walk from 1970 on, the sequence digit is even.</summary>
    public static string NextFemaleId(string area = "231025")
    {
        var n = Interlocked.Increment(ref _counter);
        var birth = new DateOnly(1970, 1, 1).AddDays(n % 12000);
        var sequence = n / 12000 * 2 % 1000;
        return WithCheck($"{area}{birth:yyyyMMdd}{sequence:D3}");
    }

    public static string WithCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return first17 + "10X98765432"[sum % 11];
    }
}
