namespace Thads.Enforcement.Statistics.Definitions;

/// <summary>
/// Every quantity a form column can show. The leaves (<see cref="Leaf"/>) are counted case by case; the rest are
/// the §6.4 indicators, derived from the leaves by the form's formulas, so the identities hold by construction.
/// </summary>
public enum Measure
{
    /// <summary>T = CO + NEW.</summary>
    Total,
    CarriedOver,
    New,
    Removed,

    /// <summary>P = T − RM (= C + NC).</summary>
    ToExecute,

    /// <summary>C = completed + terminated + reduced + in progress + postponed + suspended + other.</summary>
    WithConditions,
    Completed,
    Terminated,

    /// <summary>Money only: the amount reduced or exempted (Arts. 61–64), part of X.</summary>
    Reduced,
    InProgress,
    Postponed,
    Suspended,
    Other,

    /// <summary>NC.</summary>
    NoConditions,

    /// <summary>X = completed + terminated (+ reduced in money).</summary>
    Done,

    /// <summary>rate = X / C × 100, two decimals.</summary>
    Rate,

    /// <summary>NEXT = P − X.</summary>
    Next,

    /// <summary>NEXT_C = C − X.</summary>
    NextWithConditions,
}
