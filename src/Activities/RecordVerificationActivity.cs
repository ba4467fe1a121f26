using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>
/// Writes the executor's verification form onto the case (Art. 44): the case leaves the voluntary period (it ended
/// the day after its last day, Arts. 44, 45), the verification record is kept with its Art. 44a cl. 1 ground when no
/// conditions were found, and with conditions the case moves to execution (Art. 46). Without conditions the status
/// stays: the Art. 44a decision is the head's. What is already on the case (the same result on the same date, a status
/// already reached) is not written again, so a retried incident or a page that recorded it first changes nothing.
/// </summary>
[WorkflowActivity(
    "RecordVerification",
    Category = "THADS",
    DisplayNameVi = "Ghi kết quả xác minh điều kiện thi hành án",
    DisplayNameEn = "Record the verification",
    DescriptionVi = "Ghi biên bản xác minh (Điều 44) vào hồ sơ: chuyển sang đang xác minh khi hết thời hạn tự nguyện, có điều kiện thì chuyển sang tổ chức thi hành (Điều 46); chưa có điều kiện thì ghi căn cứ khoản 1 Điều 44a.",
    DescriptionEn = "Records the verification (Art. 44) on the case: verifying after the voluntary period, executing when the debtor has conditions (Art. 46); without conditions the Art. 44a cl. 1 ground.")]
public sealed class RecordVerificationActivity(CaseService cases) : IWorkflowActivity
{
    [ActivityInput(DisplayNameVi = "Mã hồ sơ", DisplayNameEn = "Case id", DefaultValue = "${caseId}", Required = true)]
    public int CaseId { get; set; }

    [ActivityInput(DisplayNameVi = "Ngày xác minh", DisplayNameEn = "Verification date", DefaultValue = "${verificationDate}", Required = true)]
    public DateOnly VerificationDate { get; set; }

    [ActivityInput(DisplayNameVi = "Có điều kiện thi hành án", DisplayNameEn = "Has conditions", DefaultValue = "${hasConditions}", Required = true)]
    public bool HasConditions { get; set; }

    [ActivityInput(DisplayNameVi = "Căn cứ chưa có điều kiện (khoản 1 Điều 44a)", DisplayNameEn = "No-conditions ground (Art. 44a cl. 1)", DefaultValue = "${noConditionsGround}",
        DescriptionVi = "44a.1.a, 44a.1.b hoặc 44a.1.c; bắt buộc khi không có điều kiện thi hành án.",
        DescriptionEn = "44a.1.a, 44a.1.b or 44a.1.c; required when the debtor has no conditions.")]
    public string? NoConditionsGround { get; set; }

    [ActivityInput(DisplayNameVi = "Chu kỳ xác minh lại", DisplayNameEn = "Re-verification kind", DefaultValue = "${reverificationKind}",
        DescriptionVi = "LongPrison: căn cứ 44a.1.a vì đang chấp hành án phạt tù từ 02 năm trở lên.",
        DescriptionEn = "LongPrison: ground 44a.1.a because of a prison sentence of 2 years or more.")]
    public string? ReverificationKind { get; set; }

    [ActivityInput(DisplayNameVi = "Số biên bản xác minh", DisplayNameEn = "Record number", DefaultValue = "${verificationRecordNumber}")]
    public string? VerificationRecordNumber { get; set; }

    [ActivityInput(DisplayNameVi = "Tài sản, thu nhập xác minh được", DisplayNameEn = "Assets and income found", DefaultValue = "${assetsAndIncome}")]
    public string? AssetsAndIncome { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        var result = HasConditions ? VerificationResult.HasConditions : VerificationResult.NoConditions;
        NoConditionsReason? reason = null;
        if (!HasConditions)
        {
            reason = ReasonOf(NoConditionsGround, ReverificationKind);
            if (reason is null)
            {
                return ActivityResult.Fault($"Ghi kết quả xác minh: căn cứ chưa có điều kiện thi hành án (noConditionsGround) '{NoConditionsGround ?? "(trống)"}' không hợp lệ; chọn 44a.1.a, 44a.1.b hoặc 44a.1.c.");
            }
        }

        var actor = context.Actor ?? "workflow";
        try
        {
            var c = await cases.GetAsync(CaseId, cancellationToken) ?? throw new CaseNotFoundException(CaseId);
            if (c.Status == EnforcementStatus.VoluntaryPeriod)
            {
                await cases.ChangeStatusAsync(CaseId, EnforcementStatus.Verifying, LegalGroundCodes.VoluntaryPeriodEnded, PeriodOverOn(c), null, actor, cancellationToken);
            }

            if (!c.Verifications.Any(v => v.VerifiedOn == VerificationDate && v.Result == result && v.NoConditionsReason == reason))
            {
                await cases.RecordVerificationAsync(CaseId, new VerificationInput(VerificationDate, result) { NoConditionsReason = reason, Notes = Notes() }, actor, cancellationToken);
            }

            if (HasConditions && (await cases.GetAsync(CaseId, cancellationToken))?.Status == EnforcementStatus.Verifying)
            {
                await cases.ChangeStatusAsync(CaseId, EnforcementStatus.Executing, LegalGroundCodes.HasConditions, VerificationDate, null, actor, cancellationToken);
            }
        }
        catch (CaseValidationException refusal)
        {
            return ActivityResult.Fault($"Ghi kết quả xác minh ngày {VerificationDate:dd/MM/yyyy}: {ActivityText.Describe(refusal)}");
        }
        catch (CaseNotFoundException missing)
        {
            return ActivityResult.Fault($"Ghi kết quả xác minh: {missing.Message}");
        }

        return ActivityResult.Completed;
    }

    /// <summary>
    /// The voluntary period is over the day after its last day (Art. 45); a verification dated earlier is kept as the
    /// date, so the case refuses it with the period's end in the message.
    /// </summary>
    private DateOnly PeriodOverOn(EnforcementCase c) =>
        c.VoluntaryPeriodEndsOn is { } end && end.AddDays(1) <= VerificationDate ? end.AddDays(1) : VerificationDate;

    private string? Notes()
    {
        var parts = new[]
        {
            string.IsNullOrWhiteSpace(VerificationRecordNumber) ? null : $"Biên bản xác minh số {VerificationRecordNumber.Trim()}.",
            string.IsNullOrWhiteSpace(AssetsAndIncome) ? null : AssetsAndIncome.Trim(),
        };
        var text = string.Join(" ", parts.Where(p => p is not null));
        return text.Length == 0 ? null : text;
    }

    /// <summary>The verification form's ground (forms/verification.form) as the case records it (Art. 44a cl. 1).</summary>
    private static NoConditionsReason? ReasonOf(string? ground, string? reverificationKind) => ground?.Trim() switch
    {
        LegalGroundCodes.NoIncomeOrAssets when reverificationKind == "LongPrison" => NoConditionsReason.ImprisonedNoIncomeOrAssets,
        LegalGroundCodes.NoIncomeOrAssets => NoConditionsReason.NoIncomeOrAssets,
        LegalGroundCodes.ItemGone => NoConditionsReason.ItemGone,
        LegalGroundCodes.AddressUnknown => NoConditionsReason.AddressUnknown,
        _ => null,
    };
}
