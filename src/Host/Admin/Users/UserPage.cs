namespace Thads.Host.Admin.Users;

public sealed record UserPage(IReadOnlyList<UserView> Items, int Page, int PageSize, int Total);
