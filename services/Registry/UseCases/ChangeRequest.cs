using Suite.Registry.Model;

namespace Suite.Registry.UseCases;

/// <summary>Who changes a woman's record, why and from when: stored on every change record it produces.</summary>
public sealed record ChangeRequest(string Reason, DateOnly EffectiveDate, string RecordedBy, Action<Woman> Apply);
