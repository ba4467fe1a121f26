using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>The people of a handover as found in the staff table (null when unknown), and the unit trees their rights depend on.</summary>
internal sealed record HandoverParticipants(
    StaffMember? From,
    StaffMember? To,
    UnitLineage? ToLineage,
    StaffMember? Leader,
    string LeaderUserName,
    IReadOnlyDictionary<int, UnitLineage> CaseLineages);
