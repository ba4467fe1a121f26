namespace Thads.Enforcement.Statistics.Definitions;

/// <summary>
/// The quantities counted per case. Every case in the period adds to <see cref="CarriedOver"/> or <see cref="New"/>,
/// and its whole value to exactly one of <see cref="Removed"/> or the classification leaves (money may split across
/// completed, reduced and the state at the report date), which is what makes P = T − RM = C + NC hold.
/// </summary>
public enum Leaf
{
    CarriedOver,
    New,
    Removed,
    Completed,
    Terminated,
    Reduced,
    InProgress,
    Postponed,
    Suspended,
    Other,
    NoConditions,
}
