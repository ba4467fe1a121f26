using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;

namespace Thads.Host.Statistics;

/// <param name="Unit">The unit code (default: the leader's unit).</param>
/// <param name="To">The month the period ends, yyyy-MM.</param>
public sealed record CloseRequest(string? Unit, string? To);
