using Thads.Enforcement.Cases;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Import;

/// <summary>A valid register line, ready to become a fact.</summary>
public sealed record RegisterRecord(
    int Line,
    int UnitId,
    int? ExecutorId,
    string CaseNumber,
    AcceptanceKind AcceptanceKind,
    IntakePath IntakePath,
    JudgmentType JudgmentType,
    FactShape Shape);
