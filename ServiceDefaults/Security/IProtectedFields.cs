namespace Suite.ServiceDefaults.Security;

/// <summary>
/// An entity with encrypted fields. <see cref="FieldProtectionInterceptor"/> calls <see cref="Open"/> when EF
/// materializes it and <see cref="Seal"/> before it is saved, so application code only sees plain values and
/// the database only ever holds ciphertext.
/// </summary>
public interface IProtectedFields
{
    void Seal(FieldProtector protector);

    void Open(FieldProtector protector);
}
