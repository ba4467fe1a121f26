namespace Thads.Enforcement.Organisation;

/// <summary>What a staff member may do (domain README §1.3); one person can hold several roles.</summary>
[Flags]
public enum StaffRoles
{
    None = 0,

    /// <summary>Thủ trưởng: Cục trưởng / Chi cục trưởng before 07/2025, Trưởng THADS tỉnh since.</summary>
    Head = 1,

    /// <summary>Phó Thủ trưởng, acting under the head's delegation.</summary>
    Deputy = 2,

    /// <summary>Chấp hành viên.</summary>
    Executor = 4,

    /// <summary>Công chức thụ lý / văn thư.</summary>
    IntakeOfficer = 8,

    /// <summary>Công chức thống kê.</summary>
    Statistician = 16,

    /// <summary>Kế toán, thủ quỹ.</summary>
    Accountant = 32,

    Administrator = 64,

    Leader = Head | Deputy,
}
