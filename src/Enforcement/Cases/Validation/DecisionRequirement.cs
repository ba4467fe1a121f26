using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>
/// The status changes the head makes by a written decision, whose number is recorded with the change (domain README
/// §1.3: the head signs the enforcement, "no conditions" (Art. 44a), postponement (Art. 48 cl. 3), suspension
/// (Art. 49), termination (Art. 50 cl. 2) and continuation (Art. 48 cl. 4, Art. 49) decisions).
/// </summary>
internal static class DecisionRequirement
{
    public static bool Requires(EnforcementStatus? from, EnforcementStatus to) =>
        to is EnforcementStatus.Accepted or EnforcementStatus.NoConditions or EnforcementStatus.Postponed
            or EnforcementStatus.Suspended or EnforcementStatus.Terminated
        || ((from is EnforcementStatus.Postponed or EnforcementStatus.Suspended) && (to is EnforcementStatus.Verifying or EnforcementStatus.Executing));
}
