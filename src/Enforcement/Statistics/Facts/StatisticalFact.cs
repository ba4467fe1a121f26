using Thads.Enforcement.Cases;

namespace Thads.Enforcement.Statistics.Facts;

/// <summary>
/// One case as the statistics see it (table <c>thads_stat_facts</c>): a compact row that the register import and the
/// projection of live cases both write, and that the 06/07 reports read without any join. Dates are yyyyMMdd
/// integers (<see cref="StatDate"/>); money is VND. The dates here are the <em>statistical</em> dates: when a period
/// of the unit was already closed, a late change is moved to the day after the close (see
/// <see cref="Closing.FactFreezer"/>), so a closed report never changes.
/// </summary>
public sealed class StatisticalFact
{
    public long Id { get; set; }

    public FactSource Source { get; set; }

    /// <summary>For <see cref="FactSource.Live"/>: the case in <c>thads_cases</c>.</summary>
    public int? LiveCaseId { get; set; }

    /// <summary>For <see cref="FactSource.Register"/>: the import that wrote it.</summary>
    public long? ImportId { get; set; }

    /// <summary>For <see cref="FactSource.Register"/>: the line of the register file, for explaining a number.</summary>
    public int? SourceLine { get; set; }

    public int UnitId { get; set; }

    public int? ExecutorId { get; set; }

    public string CaseNumber { get; set; } = string.Empty;

    /// <summary>Ngày thụ lý (yyyyMMdd): in the statistical year it falls in, the case is "newly accepted".</summary>
    public int AcceptedOn { get; set; }

    public AcceptanceKind AcceptanceKind { get; set; }

    public IntakePath IntakePath { get; set; }

    public JudgmentType JudgmentType { get; set; }

    /// <summary>The amount to execute at acceptance, VND (for a carried-over register case: what was still owed).</summary>
    public long Amount { get; set; }

    /// <summary>The date of the final state (yyyyMMdd), null while open: lets a report skip cases ended before its year.</summary>
    public int? EndedOn { get; set; }

    /// <summary>The dated events, see <see cref="Timeline"/>.</summary>
    public string Timeline { get; set; } = string.Empty;

    /// <summary>For live facts: the case version projected, so a refresh can tell an unchanged case.</summary>
    public long SourceVersion { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
