using Microsoft.AspNetCore.Identity;

namespace Thads.Host.Accounts;

/// <summary>
/// A login. The person behind it (name, unit, roles) lives in the domain as a <c>StaffMember</c>; the account only
/// links to it by user name, so the domain needs no reference to Identity and roles are edited in one place.
/// </summary>
public sealed class Account : IdentityUser
{
    /// <summary><c>StaffMember.UserName</c> of the person who signs in with this account.</summary>
    public string StaffUserName { get; set; } = string.Empty;

    /// <summary>True for a generated or reset password: every page sends the user to the change page until it is changed.</summary>
    public bool MustChangePassword { get; set; }
}
