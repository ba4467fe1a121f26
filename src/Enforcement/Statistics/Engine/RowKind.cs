namespace Thads.Enforcement.Statistics.Engine;

/// <summary>What a report row stands for (§6.3a rows, [unconfirmed] layout).</summary>
public enum RowKind
{
    /// <summary>A subordinate unit with everything below it (a province in the national report, an office in a province's).</summary>
    Unit,

    /// <summary>The cases the reporting unit holds itself (e.g. "Văn phòng Cục").</summary>
    Office,

    /// <summary>One executor's cases.</summary>
    Executor,

    /// <summary>Cases with no executor assigned.</summary>
    Unassigned,

    Total,
}
