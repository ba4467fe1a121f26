namespace Thads.Enforcement.Cases;

/// <summary>
/// Someone else changed the case between the moment it was read and the moment the change was saved; nothing was
/// saved. Reload the case and try again.
/// </summary>
public sealed class CaseConcurrencyException(string caseNumber, Exception innerException)
    : Exception($"Hồ sơ {caseNumber} vừa được người khác cập nhật nên thay đổi của bạn chưa được lưu. Hãy tải lại hồ sơ và thực hiện lại.", innerException)
{
    public string CaseNumber { get; } = caseNumber;
}
