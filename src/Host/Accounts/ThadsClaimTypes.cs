namespace Thads.Host.Accounts;

/// <summary>
/// Claims the application adds at sign-in (besides the standard name and role claims). They are read back through
/// <see cref="ThadsUser"/>, never parsed elsewhere.
/// </summary>
public static class ThadsClaimTypes
{
    public const string StaffId = "thads:staff_id";
    public const string FullName = "thads:full_name";
    public const string UnitId = "thads:unit_id";
    public const string UnitCode = "thads:unit_code";
    public const string UnitName = "thads:unit_name";

    /// <summary>Present ("true") while the initial or reset password has not been changed.</summary>
    public const string MustChangePassword = "thads:must_change_password";
}
