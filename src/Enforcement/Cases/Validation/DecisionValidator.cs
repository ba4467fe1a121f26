using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>The enforcement decision (Art. 36; Art. 57 for a received delegation).</summary>
internal static class DecisionValidator
{
    /// <summary>The ground of the status change the decision makes; null when it makes none (a received delegation is already Accepted).</summary>
    public static string? GroundFor(EnforcementCase c) => c.Status switch
    {
        null => c.IntakePath == IntakePath.OnRequest ? LegalGroundCodes.DecisionOnRequest : LegalGroundCodes.DecisionExOfficio,
        // Law 64/2014 Art. 2 cl. 2; ND 62 Art. 4 cl. 5: a request returned before 01/07/2015 is reopened by a new decision.
        EnforcementStatus.ReturnedLegacy => LegalGroundCodes.NewDecisionForReturnedRequest,
        _ => null,
    };

    public static void Validate(EnforcementCase c, string? number, DateOnly date, string? signedBy, CaseErrors errors)
    {
        var receivedDelegation = c.AcceptanceKind == AcceptanceKind.ReceivedByDelegation && c.Status == EnforcementStatus.Accepted;
        if (c.IsPendingAcceptance)
        {
            errors.Add(CaseFields.Case, "hồ sơ nhận ủy thác chưa được tiếp nhận; tiếp nhận trước khi ra quyết định (Điều 57).");
        }
        else if (c.Status is not (null or EnforcementStatus.ReturnedLegacy) && !(receivedDelegation && c.DecisionNumber is null))
        {
            errors.Add(CaseFields.DecisionNumber, $"hồ sơ đã có quyết định thi hành án số {c.DecisionNumber} ngày {FormatDate(c.DecisionDate)}.");
        }

        errors.Required(CaseFields.DecisionNumber, number);
        errors.MaxLength(CaseFields.DecisionNumber, number, CaseModel.NumberMaxLength);
        errors.Required(CaseFields.DecisionSignedBy, signedBy);
        errors.MaxLength(CaseFields.DecisionSignedBy, signedBy, CaseModel.NameMaxLength);

        // A decision enforces a judgment that exists and, on request, a request already received (Art. 36).
        errors.NotBefore(CaseFields.DecisionDate, date, c.JudgmentDate, "ngày bản án, quyết định được thi hành");
        if (c.IntakePath == IntakePath.OnRequest)
        {
            errors.NotBefore(CaseFields.DecisionDate, date, c.RequestReceivedOn, "ngày nhận đơn yêu cầu thi hành án");
        }
        else
        {
            errors.NotBefore(CaseFields.DecisionDate, date, c.JudgmentReceivedOn, "ngày nhận bản án, quyết định");
        }

        errors.NotBefore(CaseFields.DecisionDate, date, receivedDelegation ? c.StatusSince : null, "ngày nhận ủy thác");
    }

    private static string FormatDate(DateOnly? date) => date is { } value ? LegalText.Date(value) : "?";
}
