using System.Text.Json;

namespace Suite.Security.Tokens;

/// <summary>The development keys, base64: token signing, field encryption, field hashing.</summary>
public sealed record LocalSecrets(string SigningKey, string FieldKey, string HashKey);
