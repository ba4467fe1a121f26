using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>Which units may own cases and receive delegations (domain README §1.1, §2.12).</summary>
internal static class UnitRules
{
    /// <summary>
    /// Agencies that enforce cases. The central departments (Tổng cục / Cục Quản lý THADS, Cục THA Bộ Quốc phòng) manage
    /// the system and own no cases.
    /// </summary>
    public static bool EnforcesCases(Unit unit) =>
        unit.Kind is UnitKind.ProvincialAgency or UnitKind.DistrictOffice or UnitKind.RegionalOffice or UnitKind.MilitaryRegionAgency;

    /// <summary>
    /// A delegation goes to an agency that will issue its own enforcement decision (Art. 57): a provincial agency, a
    /// district office before 07/2025, or a military-region agency (Art. 56). A regional office issues no decisions
    /// since 01/07/2025 (CV 3769/BTP-TCTHADS), so it cannot receive one.
    /// </summary>
    public static bool CanReceiveDelegation(Unit unit) =>
        (unit.Kind is UnitKind.ProvincialAgency or UnitKind.DistrictOffice or UnitKind.MilitaryRegionAgency) && unit.IssuesDecisions;

    public static string Describe(Unit unit) => $"'{unit.Name}' ({unit.Code})";
}
