using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Suite.Supervision.Rules;

/// <summary>
/// The satisfaction sample (pure): every woman of the population is ranked by SHA-256 of the survey's id, its
/// township and her Registry id, and the first n are drawn. The same survey always draws the same women, and nobody
/// chooses them: the unit assessed controls neither the survey id (the service gives it) nor the order.
/// </summary>
public static class SampleDraw
{
    public static List<long> Draw(long surveyId, string townshipCode, IEnumerable<long> population, int size) =>
        population.Distinct().OrderBy(id => RankOf(surveyId, townshipCode, id)).ThenBy(id => id).Take(size).ToList();

    public static ulong RankOf(long surveyId, string townshipCode, long womanId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{surveyId}:{townshipCode}:{womanId}"));
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
