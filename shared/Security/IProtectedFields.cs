namespace Suite.Security;

/// <summary>
/// An entity with encrypted fields: plain values in memory, only ciphertext (and keyed hashes) in the database.
/// FieldProtectionInterceptor (Suite.Persistence) and BulkInsert call <see cref="Seal"/> before
/// it is written. Reading is the entity's own: it takes a constructor with a <c>DbContext</c> (EF prefers that one
/// when materializing), gets the protector with FieldProtectionInterceptor.ProtectorOf, and decrypts
/// on first read. (An EF materialization interceptor did this before; it made EF build a delegate per property of
/// every row of every entity type read, which cost more than the rest of a query.)
/// </summary>
public interface IProtectedFields
{
    void Seal(FieldProtector protector);
}
