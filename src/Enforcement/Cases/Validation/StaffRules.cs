using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>Who may be recorded doing what on a case (domain README §1.3).</summary>
internal static class StaffRules
{
    /// <summary>
    /// An executor of the case's unit or of a unit under it: since 07/2025 the province owns the decision while
    /// executors sit in its regional offices (CV 3769/BTP-TCTHADS, domain README §1.2).
    /// </summary>
    public static string? ExecutorProblem(StaffMember? staff, string userName, UnitLineage? staffLineage, int caseUnitId)
    {
        if (staff is null)
        {
            return $"không có cán bộ có tên đăng nhập '{userName}'.";
        }

        if (!staff.Active)
        {
            return $"{staff.FullName} ({staff.UserName}) không còn công tác.";
        }

        if ((staff.Roles & StaffRoles.Executor) == 0)
        {
            return $"{staff.FullName} ({staff.UserName}) không phải chấp hành viên.";
        }

        return staffLineage is not null && !staffLineage.IsWithin(caseUnitId)
            ? $"{staff.FullName} ({staff.UserName}) không thuộc đơn vị thụ lý hồ sơ."
            : null;
    }

    /// <summary>The head or a deputy of the case's unit or of a unit above it (Art. 23: the head directs and approves).</summary>
    public static string? LeaderProblem(StaffMember? staff, string userName, UnitLineage caseLineage)
    {
        if (staff is null)
        {
            return $"không có cán bộ có tên đăng nhập '{userName}'.";
        }

        if (!staff.Active || !staff.IsLeader)
        {
            return $"{staff.FullName} ({staff.UserName}) không phải lãnh đạo đang công tác.";
        }

        return caseLineage.IsWithin(staff.UnitId) ? null : $"{staff.FullName} ({staff.UserName}) không phải lãnh đạo của đơn vị thụ lý hồ sơ.";
    }
}
