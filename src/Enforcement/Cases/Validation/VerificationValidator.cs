using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>A verification record (Art. 44; ND 62 Art. 9).</summary>
internal static class VerificationValidator
{
    public static void Validate(EnforcementCase c, VerificationInput input, DateOnly today, CaseErrors errors)
    {
        if (c.Status is null || !c.IsOpen)
        {
            errors.Add(CaseFields.Case, $"hồ sơ đang ở trạng thái '{c.Status.Vietnamese()}', không xác minh điều kiện thi hành án.");
        }

        errors.NotFuture(CaseFields.VerifiedOn, input.VerifiedOn, today);
        errors.NotBefore(CaseFields.VerifiedOn, input.VerifiedOn, c.DecisionDate, "ngày ra quyết định thi hành án");
        errors.MaxLength(CaseFields.Notes, input.Notes, CaseModel.TextMaxLength);
        switch (input.Result)
        {
            case VerificationResult.NoConditions when input.NoConditionsReason is null:
                errors.Add(CaseFields.NoConditionsReason, "chưa chọn; kết luận chưa có điều kiện phải nêu căn cứ của khoản 1 Điều 44a.");
                break;
            case VerificationResult.NoConditions when !Enum.IsDefined(input.NoConditionsReason!.Value):
                errors.Add(CaseFields.NoConditionsReason, "không hợp lệ.");
                break;
            case VerificationResult.HasConditions when input.NoConditionsReason is not null:
                errors.Add(CaseFields.NoConditionsReason, "chỉ nhập khi kết luận chưa có điều kiện thi hành án.");
                break;
            case VerificationResult.NoConditions or VerificationResult.HasConditions:
                break;
            default:
                errors.Add(CaseFields.VerificationResult, "không hợp lệ.");
                break;
        }
    }
}
