namespace Thads.Host.Cases;

/// <summary>The few columns that decide who may see a case, and its number.</summary>
public sealed record CaseHeader(int Id, string CaseNumber, int UnitId, int? DelegatedToUnitId, int? ExecutorId);
