using Thads.Enforcement.Legal.Exemption;

namespace Thads.Enforcement.Cases;

/// <summary>What <see cref="ExemptionEligibility"/> says about one state-budget obligation of a case.</summary>
public sealed record ObligationExemption(int ObligationId, string Description, ExemptionAssessment Assessment);
