using Thads.Enforcement.Demo;

namespace Thads.Host.Demo;

/// <summary>What a demo seeding created: the planned cases with their ids, how many cases in all (receiving agencies' included), how long it took.</summary>
public sealed record DemoSeedResult(IReadOnlyList<(DemoCaseSpec Spec, int CaseId)> Cases, int CasesCreated, int Steps, TimeSpan Elapsed);
