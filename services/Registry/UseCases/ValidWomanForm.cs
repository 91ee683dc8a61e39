using Suite.Registry.Model;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>A collection form that passed <see cref="WomanFormValidator"/>, with what validation worked out.</summary>
public sealed record ValidWomanForm(Proto.Woman Woman, string ResidentIdNumber, DateOnly BirthDate, Area Village);
