namespace Thads.Host.Admin.Users;

/// <summary>
/// A created or reset account with its initial password: shown to the administrator once, in the answer to the
/// request that made it, and stored nowhere in clear. The user must change it at the first sign-in.
/// </summary>
public sealed record UserWithPassword(UserView User, string InitialPassword);
