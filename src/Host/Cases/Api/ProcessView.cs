using Thads.Workflows.Runtime;

namespace Thads.Host.Cases.Api;

/// <param name="CurrentSteps">Names of the steps the main process waits at now.</param>
/// <param name="Picture">The diagram with the case's position, as SVG.</param>
public sealed record ProcessView(Guid InstanceId, string ProcessKey, string? ProcessName, int? Version, InstanceStatus Status, IReadOnlyList<string> CurrentSteps, string Picture);
