using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;

namespace Suite.CaseFile;

/// <summary>How a department answered for a case file.</summary>
public enum SectionState
{
    /// <summary>It answered (perhaps with no records the caller may see).</summary>
    Answered,
    /// <summary>It could not be reached; the other departments still answered.</summary>
    Unavailable,
    /// <summary>It refused the caller (no permission there).</summary>
    Refused,
}

/// <summary>One department's part of the case file: its records of her, newest first, or why there are none.</summary>
public sealed record CaseSection(string Service, SectionState State, IReadOnlyList<WomanRecord> Records, string Problem);

/// <summary>One woman's case file: her Registry card (null when the Registry could not be reached) and a section per department.</summary>
public sealed record WomanCaseFile(long WomanId, Woman? Card, string CardProblem, IReadOnlyList<CaseSection> Sections);
