using Thads.Enforcement.Cases.Configuration;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>A notification (Arts. 39–43).</summary>
internal static class NoticeValidator
{
    public static void Validate(EnforcementCase c, NoticeInput input, DateOnly today, CaseErrors errors)
    {
        errors.Required(CaseFields.NoticeSubject, input.Subject);
        errors.MaxLength(CaseFields.NoticeSubject, input.Subject, CaseModel.NameMaxLength);
        errors.Required(CaseFields.NoticeRecipient, input.RecipientName);
        errors.MaxLength(CaseFields.NoticeRecipient, input.RecipientName, CaseModel.NameMaxLength);
        if (!Enum.IsDefined(input.Method))
        {
            errors.Add(CaseFields.NoticeMethod, "không hợp lệ.");
        }

        if (input.RecipientPartyId is not null && CaseFacts.FindParty(c, input.RecipientPartyId) is null)
        {
            errors.Add(CaseFields.NoticeRecipientParty, $"không có đương sự mã {input.RecipientPartyId} trong hồ sơ.");
        }

        errors.NotFuture(CaseFields.NoticeDate, input.NotifiedOn, today);
        errors.NotFuture(CaseFields.NoticeDocumentDate, input.DocumentDate, today);
        errors.NotBefore(CaseFields.NoticeDate, input.NotifiedOn, input.DocumentDate, "ngày của văn bản thông báo");
        errors.NotBefore(CaseFields.NoticeDate, input.NotifiedOn, c.JudgmentDate, "ngày bản án, quyết định");
    }
}
