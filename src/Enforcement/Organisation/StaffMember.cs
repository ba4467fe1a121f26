namespace Thads.Enforcement.Organisation;

/// <summary>A person working in a unit: the domain side of an account (the login itself lives with the web application).</summary>
public sealed class StaffMember
{
    public int Id { get; set; }

    /// <summary>The account name that links this person to their login.</summary>
    public string UserName { get; set; } = string.Empty;

    public string FullName { get; set; } = string.Empty;

    /// <summary>The title as written on decisions, e.g. "Phó Trưởng THADS tỉnh".</summary>
    public string? Position { get; set; }

    public string? Email { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public StaffRoles Roles { get; set; }

    public AlertMode AlertMode { get; set; } = AlertMode.Immediate;

    /// <summary>The hour (0–23, Vietnam time) at which a daily digest is sent.</summary>
    public int DigestHour { get; set; } = 7;

    public bool Active { get; set; } = true;

    public bool IsLeader => (Roles & StaffRoles.Leader) != 0;
}
