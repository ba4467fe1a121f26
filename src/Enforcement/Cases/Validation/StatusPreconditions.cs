using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>
/// What the case's own data must show before <see cref="CaseService.ChangeStatusAsync"/> records a change the law
/// allows: the facts each ground rests on.
/// </summary>
internal static class StatusPreconditions
{
    public static void Check(EnforcementCase c, EnforcementStatus to, string? groundCode, DateOnly date, string? decisionNumber, CaseErrors errors)
    {
        switch (to)
        {
            case EnforcementStatus.Accepted:
                errors.Add(CaseFields.NewStatus, "trạng thái 'Đã thụ lý' chỉ được ghi khi ra quyết định thi hành án.");
                return;
            case EnforcementStatus.Delegated:
                errors.Add(CaseFields.NewStatus, "việc ủy thác phải thực hiện bằng chức năng ủy thác, để cơ quan nhận ủy thác có hồ sơ.");
                return;
        }

        if (DecisionRequirement.Requires(c.Status, to))
        {
            errors.Required(CaseFields.StatusDecisionNumber, decisionNumber);
        }

        errors.MaxLength(CaseFields.StatusDecisionNumber, decisionNumber, CaseModel.NumberMaxLength);
        errors.NotBefore(CaseFields.StatusDate, date, c.DecisionDate, "ngày ra quyết định thi hành án");

        switch (to)
        {
            case EnforcementStatus.VoluntaryPeriod:
                RequireDebtorNotified(c, date, errors);
                break;
            case EnforcementStatus.Verifying when c.Status == EnforcementStatus.VoluntaryPeriod:
                RequireVoluntaryPeriodOver(c, date, errors);
                break;
            case EnforcementStatus.NoConditions:
                RequireNoConditionsFound(c, groundCode, date, errors);
                break;
            case EnforcementStatus.Executing when c.Status is EnforcementStatus.Verifying or EnforcementStatus.NoConditions:
                RequireConditionsFound(c, date, errors);
                break;
            case EnforcementStatus.Completed:
                RequireFullyPerformed(c, errors);
                break;
        }
    }

    /// <summary>Art. 45: the voluntary period runs from the day the debtor receives or is duly notified of the decision.</summary>
    private static void RequireDebtorNotified(EnforcementCase c, DateOnly date, CaseErrors errors)
    {
        var debtors = c.Parties.Where(p => p.Role == PartyRole.Debtor).Select(p => p.Id).ToHashSet();
        if (!c.Notices.Any(n => n.RecipientPartyId is { } id && debtors.Contains(id) && n.NotifiedOn <= date))
        {
            errors.Add(CaseFields.NewStatus, $"chưa ghi nhận việc thông báo quyết định thi hành án cho người phải thi hành án đến ngày {LegalText.Date(date)} (Điều 45).");
        }
    }

    /// <summary>Art. 44: verification follows a voluntary period that ended without performance.</summary>
    private static void RequireVoluntaryPeriodOver(EnforcementCase c, DateOnly date, CaseErrors errors)
    {
        if (c.VoluntaryPeriodEndsOn is not { } end)
        {
            errors.Add(CaseFields.NewStatus, "chưa có ngày hết thời hạn tự nguyện thi hành án (Điều 45).");
        }
        else if (date <= end)
        {
            errors.Add(CaseFields.StatusDate, $"thời hạn tự nguyện thi hành án đến hết ngày {LegalText.Date(end)} (Điều 44, 45).");
        }
    }

    /// <summary>Art. 44a cl. 1: the "no conditions" decision rests on the verification result and its ground.</summary>
    private static void RequireNoConditionsFound(EnforcementCase c, string? groundCode, DateOnly date, CaseErrors errors)
    {
        var latest = CaseFacts.LatestVerification(c, date);
        if (latest is not { Result: VerificationResult.NoConditions, NoConditionsReason: { } reason })
        {
            errors.Add(CaseFields.NewStatus, $"kết quả xác minh gần nhất đến ngày {LegalText.Date(date)} không kết luận người phải thi hành án chưa có điều kiện thi hành án (Điều 44a).");
            return;
        }

        if (!string.Equals(groundCode?.Trim(), reason.GroundCode(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(CaseFields.Ground, $"biên bản xác minh ngày {LegalText.Date(latest.VerifiedOn)} kết luận '{reason.Vietnamese()}', tức căn cứ {reason.GroundCode()}, không phải '{groundCode}'.");
        }
    }

    /// <summary>Art. 46 and Art. 44 cl. 4: enforcement is organised against a debtor a verification found to have conditions.</summary>
    private static void RequireConditionsFound(EnforcementCase c, DateOnly date, CaseErrors errors)
    {
        if (CaseFacts.LatestVerification(c, date) is not { Result: VerificationResult.HasConditions })
        {
            errors.Add(CaseFields.NewStatus, $"kết quả xác minh gần nhất đến ngày {LegalText.Date(date)} không kết luận người phải thi hành án có điều kiện thi hành án (Điều 44, 46).");
        }
    }

    /// <summary>Art. 52 cl. 1: every obligation performed, and the money collected paid out (Art. 47).</summary>
    private static void RequireFullyPerformed(EnforcementCase c, CaseErrors errors)
    {
        foreach (var open in c.Obligations.Where(o => o.Remaining > 0))
        {
            errors.Add(CaseFields.NewStatus, $"nghĩa vụ '{open.Description}' còn {LegalText.Vnd(open.Remaining)} chưa thi hành (Điều 52).");
        }

        var held = CaseFacts.HeldOnCase(c);
        if (held > 0)
        {
            errors.Add(CaseFields.NewStatus, $"còn {LegalText.Vnd(held)} đã thu chưa chi trả (Điều 47).");
        }
    }
}
