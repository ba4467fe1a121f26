namespace Thads.Enforcement.Cases;

/// <summary>No case has this id.</summary>
public sealed class CaseNotFoundException(int caseId)
    : KeyNotFoundException($"Không tìm thấy hồ sơ thi hành án có mã (Id) {caseId}.")
{
    public int CaseId { get; } = caseId;
}
