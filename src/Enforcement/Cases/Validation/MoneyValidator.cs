using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>
/// Money movements. The executor in charge collects and pays out (domain README §1.3); on every case paid out plus
/// returned never exceeds collected, and no executor gives out more than they hold (Art. 47).
/// </summary>
internal static class MoneyValidator
{
    /// <returns>The obligation the entry counts towards, when it does.</returns>
    public static Obligation? Validate(EnforcementCase c, MoneyInput input, StaffMember? holder, DateOnly today, CaseErrors errors)
    {
        errors.Positive(CaseFields.MoneyAmount, input.Amount);
        errors.NotFuture(CaseFields.MoneyDate, input.On, today);
        errors.NotBefore(CaseFields.MoneyDate, input.On, c.JudgmentDate, "ngày bản án, quyết định");
        errors.MaxLength(CaseFields.ReceiptNumber, input.ReceiptNumber, CaseModel.NumberMaxLength);
        var obligation = input.ObligationId is { } id ? c.Obligations.FirstOrDefault(o => o.Id == id) : null;
        if (input.ObligationId is not null && obligation is null)
        {
            errors.Add(CaseFields.MoneyObligation, $"không có khoản nghĩa vụ mã {input.ObligationId} trong hồ sơ.");
        }

        switch (input.Kind)
        {
            case MoneyKind.Collected:
                RequireOpen(c, errors);
                RequireHolder(holder, errors);
                errors.Required(CaseFields.ReceiptNumber, input.ReceiptNumber);
                RequireTowards(input, obligation, errors);
                return obligation;
            case MoneyKind.PaidDirectly:
                RequireOpen(c, errors);
                RequireTowards(input, obligation, errors);
                return obligation;
            case MoneyKind.PaidOut:
                RequireHolder(holder, errors);
                RequireHeld(c, input, holder, errors);
                RequirePayee(c, input, obligation, errors);
                return null;
            case MoneyKind.Returned:
                RequireHolder(holder, errors);
                RequireHeld(c, input, holder, errors);
                if (CaseFacts.FindParty(c, input.PartyId) is not { Role: PartyRole.Debtor })
                {
                    errors.Add(CaseFields.MoneyParty, "tiền trả lại phải trả cho người phải thi hành án của hồ sơ.");
                }

                return null;
            case MoneyKind.HandedOver or MoneyKind.ReceivedByHandover:
                errors.Add(CaseFields.MoneyKind, "tiền bàn giao giữa chấp hành viên chỉ được ghi qua việc bàn giao.");
                return null;
            default:
                errors.Add(CaseFields.MoneyKind, "không hợp lệ.");
                return null;
        }
    }

    private static void RequireOpen(EnforcementCase c, CaseErrors errors)
    {
        if (c.Status is null || !c.IsOpen)
        {
            errors.Add(CaseFields.Case, $"hồ sơ đang ở trạng thái '{c.Status.Vietnamese()}', không thu tiền thi hành án.");
        }
    }

    private static void RequireHolder(StaffMember? holder, CaseErrors errors)
    {
        if (holder is null)
        {
            errors.Add(CaseFields.MoneyHolder, "hồ sơ chưa được phân công chấp hành viên.");
        }
    }

    /// <summary>Money counts towards one obligation and never beyond what is still owed on it.</summary>
    private static void RequireTowards(MoneyInput input, Obligation? obligation, CaseErrors errors)
    {
        if (input.ObligationId is null)
        {
            errors.Add(CaseFields.MoneyObligation, "chưa chọn khoản nghĩa vụ được thi hành.");
        }
        else if (obligation is not null && input.Amount > obligation.Remaining)
        {
            errors.Add(CaseFields.MoneyAmount, $"{LegalText.Vnd(input.Amount)} vượt số còn phải thi hành của nghĩa vụ '{obligation.Description}' ({LegalText.Vnd(obligation.Remaining)}).");
        }
    }

    private static void RequireHeld(EnforcementCase c, MoneyInput input, StaffMember? holder, CaseErrors errors)
    {
        if (holder is null)
        {
            return;
        }

        var held = CaseFacts.HeldBy(c, holder.Id);
        if (input.Amount > held)
        {
            errors.Add(CaseFields.MoneyAmount, $"{LegalText.Vnd(input.Amount)} vượt số tiền {holder.FullName} đang giữ của hồ sơ ({LegalText.Vnd(held)}): không được chi quá số đã thu.");
        }
    }

    /// <summary>Art. 47: money is paid to a creditor (or a related party entitled to it), or into the state budget for a state-budget obligation.</summary>
    private static void RequirePayee(EnforcementCase c, MoneyInput input, Obligation? obligation, CaseErrors errors)
    {
        if (input.PartyId is not null)
        {
            if (CaseFacts.FindParty(c, input.PartyId) is not { Role: PartyRole.Creditor or PartyRole.Related })
            {
                errors.Add(CaseFields.MoneyParty, $"không có người được thi hành án mã {input.PartyId} trong hồ sơ.");
            }
        }
        else if (obligation is null || !obligation.IsStateBudget)
        {
            errors.Add(CaseFields.MoneyParty, "chưa chọn người nhận tiền, hoặc khoản nộp ngân sách nhà nước được chi.");
        }
    }
}
