using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Statistics;

/// <summary>A unit as the statistics need it: code, name and parent.</summary>
public sealed record StatUnit(int Id, string Code, string Name, UnitKind Kind, int? ParentId);
