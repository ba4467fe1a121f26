using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>Every input field a refusal can name, with its Vietnamese label.</summary>
internal static class CaseFields
{
    public static readonly CaseField Actor = new("Actor", "Người thực hiện");
    public static readonly CaseField Case = new("CaseId", "Hồ sơ");

    // Intake.
    public static readonly CaseField UnitCode = new("UnitCode", "Đơn vị thụ lý");
    public static readonly CaseField CaseNumber = new("CaseNumber", "Số hồ sơ");
    public static readonly CaseField IntakePath = new("IntakePath", "Hình thức thụ lý (chủ động/theo đơn)");
    public static readonly CaseField AcceptanceKind = new("AcceptanceKind", "Loại thụ lý");
    public static readonly CaseField JudgmentType = new("JudgmentType", "Loại bản án, quyết định");
    public static readonly CaseField CourtName = new("CourtName", "Tòa án ra bản án, quyết định");
    public static readonly CaseField JudgmentNumber = new("JudgmentNumber", "Số bản án, quyết định");
    public static readonly CaseField JudgmentDate = new("JudgmentDate", "Ngày bản án, quyết định");
    public static readonly CaseField JudgmentEffectiveDate = new("JudgmentEffectiveDate", "Ngày bản án, quyết định có hiệu lực pháp luật");
    public static readonly CaseField JudgmentReceivedOn = new("JudgmentReceivedOn", "Ngày nhận bản án, quyết định");
    public static readonly CaseField RequestReceivedOn = new("RequestReceivedOn", "Ngày nhận đơn yêu cầu thi hành án");
    public static readonly CaseField RequesterName = new("RequesterName", "Người yêu cầu thi hành án");
    public static readonly CaseField Parties = new("Parties", "Đương sự");
    public static readonly CaseField PartyRole = new("Role", "Tư cách");
    public static readonly CaseField PartyKind = new("Kind", "Loại (cá nhân/tổ chức)");
    public static readonly CaseField PartyName = new("FullName", "Họ tên, tên tổ chức");
    public static readonly CaseField PartyIdNumber = new("IdNumber", "Số CCCD/MST");
    public static readonly CaseField PartyAddress = new("Address", "Địa chỉ");
    public static readonly CaseField PartyDateOfBirth = new("DateOfBirth", "Ngày sinh");
    public static readonly CaseField Obligations = new("Obligations", "Nghĩa vụ thi hành án");
    public static readonly CaseField ObligationKind = new("Kind", "Loại nghĩa vụ");
    public static readonly CaseField ObligationDescription = new("Description", "Nội dung");
    public static readonly CaseField ObligationAmount = new("Amount", "Số tiền");
    public static readonly CaseField ObligationDebtor = new("DebtorIndex", "Người phải thi hành án");
    public static readonly CaseField ObligationCreditor = new("CreditorIndex", "Người được thi hành án");

    // Enforcement decision and approvals.
    public static readonly CaseField DecisionNumber = new("DecisionNumber", "Số quyết định thi hành án");
    public static readonly CaseField DecisionDate = new("DecisionDate", "Ngày ra quyết định thi hành án");
    public static readonly CaseField DecisionSignedBy = new("DecisionSignedBy", "Người ký quyết định thi hành án");
    public static readonly CaseField ApprovalKind = new("Kind", "Nội dung phê duyệt");
    public static readonly CaseField ApprovalComment = new("Comment", "Ý kiến phê duyệt");
    public static readonly CaseField Approver = new("Actor", "Người phê duyệt");

    // Assignment.
    public static readonly CaseField Executor = new("ExecutorUserName", "Chấp hành viên");
    public static readonly CaseField AssignmentReason = new("Reason", "Lý do phân công");

    // Notices, voluntary period, verification.
    public static readonly CaseField NoticeSubject = new("Subject", "Nội dung thông báo");
    public static readonly CaseField NoticeRecipient = new("RecipientName", "Người nhận thông báo");
    public static readonly CaseField NoticeRecipientParty = new("RecipientPartyId", "Đương sự nhận thông báo");
    public static readonly CaseField NoticeDate = new("NotifiedOn", "Ngày thông báo");
    public static readonly CaseField NoticeDocumentDate = new("DocumentDate", "Ngày của văn bản thông báo");
    public static readonly CaseField NoticeMethod = new("Method", "Hình thức thông báo");
    public static readonly CaseField VoluntaryPeriodEnd = new("VoluntaryPeriodEndsOn", "Ngày hết thời hạn tự nguyện thi hành án");
    public static readonly CaseField VerifiedOn = new("VerifiedOn", "Ngày xác minh");
    public static readonly CaseField VerificationResult = new("Result", "Kết quả xác minh");
    public static readonly CaseField NoConditionsReason = new("NoConditionsReason", "Căn cứ chưa có điều kiện thi hành án");
    public static readonly CaseField VerifyingExecutor = new("ExecutorUserName", "Chấp hành viên xác minh");
    public static readonly CaseField Notes = new("Notes", "Ghi chú");

    // Status changes: the same labels as the legal module's refusals.
    public static readonly CaseField CurrentStatus = new("Status", TransitionFields.CurrentStatus);
    public static readonly CaseField NewStatus = new("NewStatus", TransitionFields.NewStatus);
    public static readonly CaseField Ground = new("Ground", TransitionFields.Ground);
    public static readonly CaseField StatusDate = new("Date", "Ngày chuyển trạng thái");
    public static readonly CaseField StatusDecisionNumber = new("DecisionNumber", "Số quyết định");

    // Money.
    public static readonly CaseField MoneyKind = new("Kind", "Loại thu, chi");
    public static readonly CaseField MoneyAmount = new("Amount", "Số tiền");
    public static readonly CaseField MoneyDate = new("On", "Ngày thu, chi");
    public static readonly CaseField ReceiptNumber = new("ReceiptNumber", "Số biên lai");
    public static readonly CaseField MoneyObligation = new("ObligationId", "Khoản nghĩa vụ");
    public static readonly CaseField MoneyParty = new("PartyId", "Người nhận tiền");
    public static readonly CaseField MoneyHolder = new("ExecutorId", "Chấp hành viên giữ tiền");

    // Assets and attachments.
    public static readonly CaseField Asset = new("AssetId", "Tài sản");
    public static readonly CaseField AssetDescription = new("Description", "Mô tả tài sản");
    public static readonly CaseField AssetKind = new("Kind", "Loại tài sản");
    public static readonly CaseField AssetIdentifiedOn = new("IdentifiedOn", "Ngày phát hiện tài sản");
    public static readonly CaseField AssetEstimatedValue = new("EstimatedValue", "Giá trị ước tính");
    public static readonly CaseField AssetOwner = new("OwnerPartyId", "Chủ sở hữu tài sản");
    public static readonly CaseField AssetState = new("State", "Bước xử lý tài sản");
    public static readonly CaseField AssetStepDate = new("On", "Ngày thực hiện");
    public static readonly CaseField AssetStepAmount = new("Amount", "Giá");
    public static readonly CaseField FileName = new("FileName", "Tên tệp");
    public static readonly CaseField ContentType = new("ContentType", "Loại tệp");
    public static readonly CaseField FileSize = new("SizeBytes", "Dung lượng tệp");
    public static readonly CaseField StorageKey = new("StorageKey", "Nơi lưu tệp");
    public static readonly CaseField Attachment = new("AttachmentId", "Tệp đính kèm");

    // Delegation and handover.
    public static readonly CaseField TargetUnit = new("TargetUnitCode", "Đơn vị nhận ủy thác");
    public static readonly CaseField DelegationDate = new("Date", "Ngày ủy thác");
    public static readonly CaseField FromExecutor = new("FromExecutorUserName", "Chấp hành viên bàn giao");
    public static readonly CaseField ToExecutor = new("ToExecutorUserName", "Chấp hành viên nhận bàn giao");
    public static readonly CaseField HandoverCases = new("CaseIds", "Hồ sơ bàn giao");
    public static readonly CaseField HandoverMoney = new("MoneyAmount", "Số tiền bàn giao");
    public static readonly CaseField HandoverDate = new("On", "Ngày bàn giao");
    public static readonly CaseField ApprovingLeader = new("ApprovingLeader", "Lãnh đạo phê duyệt bàn giao");
}
