using Thads.Enforcement.Cases;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cases.Intake;

/// <summary>A registered case and the process instance started for it.</summary>
public sealed record CaseOpened(EnforcementCase Case, InstanceSnapshot Instance);
