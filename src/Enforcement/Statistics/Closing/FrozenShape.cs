using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Closing;

/// <summary>The shape to store, and what was moved past the closed date (null when nothing was).</summary>
public sealed record FrozenShape(FactShape Shape, string? Adjustment);
