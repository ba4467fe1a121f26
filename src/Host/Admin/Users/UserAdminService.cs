using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;

namespace Thads.Host.Admin.Users;

/// <summary>
/// People and their logins for administrators, within their unit's subtree. The person (name, unit, roles) is the
/// domain's <see cref="StaffMember"/>, written by <see cref="OrganisationService"/>; the login is Identity's
/// <see cref="Account"/>. A change touching both, and its audit rows, is committed in one transaction: the two
/// contexts share the connection of the request's <see cref="AccountsDbContext"/> (the one <see cref="UserManager{TUser}"/> uses).
/// </summary>
public sealed class UserAdminService(
    AdminAccess access,
    OrganisationService organisation,
    UserManager<Account> users,
    AccountsDbContext accountsDb,
    IDbContextFactory<ThadsDbContext> contexts,
    TimeProvider time)
{
    private static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public async Task<UserPage> ListAsync(ClaimsPrincipal principal, UserFilter filter, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        if (filter.UnitId is { } only)
        {
            admin.RequireUnit(only);
        }

        var units = filter.UnitId is { } unitId ? [unitId] : admin.Units.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Staff.AsNoTracking().Include(s => s.Unit).Where(s => units.Contains(s.UnitId));
        if (filter.Role is { } role)
        {
            query = query.Where(s => (s.Roles & role) != 0);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            query = query.Where(s => s.UserName.Contains(text) || s.FullName.Contains(text));
        }

        var people = await query.ToListAsync(cancellationToken);
        var accounts = await AccountsOfAsync(people.Select(p => p.UserName).ToList(), cancellationToken);
        var now = time.GetUtcNow();
        var views = people
            .Select(p => View(p, accounts.GetValueOrDefault(p.UserName), now))
            // Lockout ends are DateTimeOffset text in SQLite, which cannot be compared in SQL: filtered here.
            .Where(v => filter.Locked is not { } locked || v.Locked == locked)
            .OrderBy(v => v.UnitCode, StringComparer.Ordinal).ThenBy(v => v.FullName, VietnameseOrder)
            .ToList();
        return new UserPage(views.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToList(), filter.Page, filter.PageSize, views.Count);
    }

    /// <exception cref="KeyNotFoundException">No such person.</exception>
    /// <exception cref="AdminDeniedException">The person's unit is outside the administrator's subtree.</exception>
    public async Task<UserView> GetAsync(ClaimsPrincipal principal, int staffId, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        var view = await ViewAsync(staffId, cancellationToken);
        admin.RequireUnit(view.UnitId);
        return view;
    }

    /// <summary>
    /// Creates the person (or takes the existing person of that user name who has no login yet) and their account with
    /// a generated initial password that must be changed at the first sign-in.
    /// </summary>
    /// <exception cref="AdminDeniedException">The unit (or the existing person) is outside the administrator's subtree.</exception>
    /// <exception cref="AdminValidationException">Nothing was saved.</exception>
    public async Task<UserWithPassword> CreateAsync(ClaimsPrincipal principal, NewUserInput input, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        admin.RequireUnit(input.UnitId);
        var userName = input.UserName?.Trim().ToLowerInvariant() ?? string.Empty;
        var staffInput = new StaffInput(userName, input.FullName, input.Position, input.Email, input.UnitId, input.Roles);

        StaffMember? existing;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            existing = userName.Length == 0 ? null : await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.UserName == userName, cancellationToken);
        }

        if (existing is not null && !admin.Units.Contains(existing.UnitId))
        {
            throw new AdminValidationException(nameof(NewUserInput.UserName), $"Tên đăng nhập (UserName): '{userName}' đã được dùng.");
        }

        if (userName.Length > 0 && await AccountOfAsync(userName, cancellationToken) is not null)
        {
            throw new AdminValidationException(nameof(NewUserInput.UserName), $"Tên đăng nhập (UserName): '{userName}' đã có tài khoản.");
        }

        var password = InitialPasswordGenerator.Generate();
        var stamp = admin.Stamp(time);
        var staffId = await InOneTransactionAsync(async domain =>
        {
            var person = existing is null
                ? await organisation.CreateStaffAsync(domain, staffInput, stamp, cancellationToken)
                : await organisation.UpdateStaffAsync(domain, existing.Id, staffInput with { Active = true }, stamp, cancellationToken);
            await CreateAccountAsync(domain, person, password, stamp, cancellationToken);
            return person.Id;
        }, cancellationToken);
        return new UserWithPassword(await ViewAsync(staffId, cancellationToken), password);
    }

    /// <summary>Gives a person recorded without a login an account with a generated initial password.</summary>
    /// <exception cref="AdminValidationException">The person already has an account.</exception>
    public async Task<UserWithPassword> CreateAccountAsync(ClaimsPrincipal principal, int staffId, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        var view = await ViewAsync(staffId, cancellationToken);
        admin.RequireUnit(view.UnitId);
        if (view.HasAccount)
        {
            throw new AdminValidationException(nameof(NewUserInput.UserName), $"Tên đăng nhập (UserName): '{view.UserName}' đã có tài khoản.");
        }

        var password = InitialPasswordGenerator.Generate();
        var stamp = admin.Stamp(time);
        await InOneTransactionAsync(async domain =>
        {
            var person = await domain.Staff.AsNoTracking().FirstAsync(s => s.Id == staffId, cancellationToken);
            await CreateAccountAsync(domain, person, password, stamp, cancellationToken);
            return 0;
        }, cancellationToken);
        return new UserWithPassword(await ViewAsync(staffId, cancellationToken), password);
    }

    /// <summary>Changes name, unit, roles or active state. The person's next request after the sign-in check picks up the new roles.</summary>
    /// <exception cref="AdminDeniedException">The person or the new unit is outside the administrator's subtree.</exception>
    /// <exception cref="AdminValidationException">Nothing was saved (also: removing one's own administrator role or deactivating oneself).</exception>
    public async Task<UserView> UpdateAsync(ClaimsPrincipal principal, int staffId, UserUpdateInput input, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        var view = await ViewAsync(staffId, cancellationToken);
        admin.RequireUnit(view.UnitId);
        admin.RequireUnit(input.UnitId);
        if (staffId == admin.User.StaffId)
        {
            var errors = new List<AdminFieldError>();
            if ((input.Roles & StaffRoles.Administrator) == 0)
            {
                errors.Add(new(nameof(UserUpdateInput.Roles), "Vai trò (Roles): bạn không thể tự bỏ vai trò Quản trị hệ thống của mình; hãy nhờ một quản trị khác."));
            }

            if (!input.Active)
            {
                errors.Add(new(nameof(UserUpdateInput.Active), "Đang làm việc (Active): bạn không thể tự ngừng tài khoản của mình."));
            }

            if (errors.Count > 0)
            {
                throw new AdminValidationException(errors);
            }
        }

        var stamp = admin.Stamp(time);
        await InOneTransactionAsync(async domain =>
        {
            await organisation.UpdateStaffAsync(domain, staffId,
                new StaffInput(view.UserName, input.FullName, input.Position, input.Email, input.UnitId, input.Roles, input.Active), stamp, cancellationToken);
            if (await TrackedAccountAsync(view.UserName, cancellationToken) is { } account && account.Email != Normalized(input.Email))
            {
                // The account's address follows the person's, so Identity and the domain never disagree about it.
                var before = AccountImage.Of(account);
                Check(await users.SetEmailAsync(account, Normalized(input.Email)), nameof(UserUpdateInput.Email));
                domain.Audit.Add(AuditRecords.Entry(stamp, AdminAuditTrail.AccountEntity, view.UserName, AuditAction.Modified, before, AccountImage.Of(account)));
                await domain.SaveChangesAsync(cancellationToken);
            }

            return 0;
        }, cancellationToken);
        return await ViewAsync(staffId, cancellationToken);
    }

    /// <summary>Locks the account until an administrator unlocks it; the user is signed out at their next request check.</summary>
    public Task<UserView> LockAsync(ClaimsPrincipal principal, int staffId, CancellationToken cancellationToken = default) =>
        AccountActionAsync(principal, staffId, AuditAction.Locked, "Bạn không thể tự khóa tài khoản của mình.", async account =>
        {
            Check(await users.SetLockoutEnabledAsync(account, true));
            Check(await users.SetLockoutEndDateAsync(account, AdministratorLock.Until));
            Check(await users.UpdateSecurityStampAsync(account));
            return null;
        }, cancellationToken);

    /// <summary>Ends an administrator's lock or a lockout after wrong passwords.</summary>
    public Task<UserView> UnlockAsync(ClaimsPrincipal principal, int staffId, CancellationToken cancellationToken = default) =>
        AccountActionAsync(principal, staffId, AuditAction.Unlocked, refuseSelf: null, async account =>
        {
            Check(await users.SetLockoutEndDateAsync(account, null));
            Check(await users.ResetAccessFailedCountAsync(account));
            return null;
        }, cancellationToken);

    /// <summary>Replaces the password with a generated one that must be changed at the next sign-in; signs the user out.</summary>
    public async Task<UserWithPassword> ResetPasswordAsync(ClaimsPrincipal principal, int staffId, CancellationToken cancellationToken = default)
    {
        var password = InitialPasswordGenerator.Generate();
        var view = await AccountActionAsync(principal, staffId, AuditAction.PasswordReset,
            "Bạn không thể tự đặt lại mật khẩu của mình ở đây; hãy dùng trang Đổi mật khẩu.", async account =>
            {
                if (await users.HasPasswordAsync(account))
                {
                    Check(await users.RemovePasswordAsync(account));
                }

                Check(await users.AddPasswordAsync(account, password));
                account.MustChangePassword = true;
                Check(await users.ResetAccessFailedCountAsync(account));
                return null;
            }, cancellationToken);
        return new UserWithPassword(view, password);
    }

    /// <summary>
    /// Switches the second factor off and discards the authenticator key and recovery codes, for a user who lost their
    /// phone; they sign in with their password and may set up the second factor again.
    /// </summary>
    public Task<UserView> ResetTwoFactorAsync(ClaimsPrincipal principal, int staffId, CancellationToken cancellationToken = default) =>
        AccountActionAsync(principal, staffId, AuditAction.TwoFactorReset, "Bạn không thể tự đặt lại xác thực hai bước của mình.", async account =>
        {
            Check(await users.SetTwoFactorEnabledAsync(account, false));
            Check(await users.ResetAuthenticatorKeyAsync(account));
            await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 0);
            return null;
        }, cancellationToken);

    private async Task<UserView> AccountActionAsync(
        ClaimsPrincipal principal, int staffId, AuditAction action, string? refuseSelf, Func<Account, Task<object?>> change, CancellationToken cancellationToken)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        var view = await ViewAsync(staffId, cancellationToken);
        admin.RequireUnit(view.UnitId);
        if (refuseSelf is not null && staffId == admin.User.StaffId)
        {
            throw new AdminValidationException("StaffId", refuseSelf);
        }

        if (!view.HasAccount)
        {
            throw new AdminValidationException("StaffId", $"{view.FullName} chưa có tài khoản đăng nhập; hãy tạo tài khoản trước.");
        }

        var stamp = admin.Stamp(time);
        await InOneTransactionAsync(async domain =>
        {
            var account = await TrackedAccountAsync(view.UserName, cancellationToken)
                ?? throw new KeyNotFoundException($"Không có tài khoản {view.UserName}.");
            var before = AccountImage.Of(account);
            await change(account);
            Check(await users.UpdateAsync(account));
            domain.Audit.Add(AuditRecords.Entry(stamp, AdminAuditTrail.AccountEntity, view.UserName, action, before, AccountImage.Of(account)));
            await domain.SaveChangesAsync(cancellationToken);
            return 0;
        }, cancellationToken);
        return await ViewAsync(staffId, cancellationToken);
    }

    private async Task CreateAccountAsync(ThadsDbContext domain, StaffMember person, string password, AuditStamp stamp, CancellationToken cancellationToken)
    {
        var account = new Account
        {
            UserName = person.UserName,
            StaffUserName = person.UserName,
            Email = person.Email,
            MustChangePassword = true,
        };
        Check(await users.CreateAsync(account, password), nameof(NewUserInput.UserName));
        domain.Audit.Add(AuditRecords.Entry(stamp, AdminAuditTrail.AccountEntity, person.UserName, AuditAction.Added, before: null, AccountImage.Of(account)));
        await domain.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction over the accounts and the domain tables: the domain context is
    /// opened on the accounts context's connection, so Identity's saves, the staff member's and the audit rows commit
    /// together or not at all.
    /// </summary>
    private async Task<T> InOneTransactionAsync<T>(Func<ThadsDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await accountsDb.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var options = new DbContextOptionsBuilder<ThadsDbContext>()
                .UseSqlite(accountsDb.Database.GetDbConnection(), sqlite => sqlite.MigrationsHistoryTable(ThadsDatabase.MigrationsHistoryTable))
                .Options;
            await using var domain = new ThadsDbContext(options);
            await domain.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
            var result = await work(domain);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (OrganisationValidationException exception)
        {
            accountsDb.ChangeTracker.Clear();
            throw AdminValidationException.From(exception);
        }
        catch
        {
            // Rolled back: what Identity tracked as saved is not in the database.
            accountsDb.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task<UserView> ViewAsync(int staffId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var person = await db.Staff.AsNoTracking().Include(s => s.Unit).FirstOrDefaultAsync(s => s.Id == staffId, cancellationToken)
            ?? throw new KeyNotFoundException($"Không có cán bộ mã số {staffId}.");
        return View(person, await AccountOfAsync(person.UserName, cancellationToken), time.GetUtcNow());
    }

    private Task<Account?> AccountOfAsync(string staffUserName, CancellationToken cancellationToken) =>
        accountsDb.Users.AsNoTracking().FirstOrDefaultAsync(a => a.StaffUserName == staffUserName || a.NormalizedUserName == staffUserName.ToUpperInvariant(), cancellationToken);

    private Task<Account?> TrackedAccountAsync(string staffUserName, CancellationToken cancellationToken) =>
        users.Users.FirstOrDefaultAsync(a => a.StaffUserName == staffUserName, cancellationToken);

    private async Task<Dictionary<string, Account>> AccountsOfAsync(IReadOnlyList<string> staffUserNames, CancellationToken cancellationToken) =>
        (await accountsDb.Users.AsNoTracking().Where(a => staffUserNames.Contains(a.StaffUserName)).ToListAsync(cancellationToken))
            .ToDictionary(a => a.StaffUserName, StringComparer.Ordinal);

    private static UserView View(StaffMember person, Account? account, DateTimeOffset now) => new(
        person.Id, person.UserName, person.FullName, person.Position, person.Email, person.UnitId,
        person.Unit?.Code ?? string.Empty, person.Unit?.Name ?? string.Empty, person.Roles, person.Active,
        account is not null,
        account?.LockoutEnd is { } end && end > now ? end : null,
        account?.MustChangePassword ?? false,
        account?.TwoFactorEnabled ?? false,
        account?.AccessFailedCount ?? 0);

    private static string? Normalized(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    /// <exception cref="AdminValidationException">Identity refused; the transaction is rolled back by the caller.</exception>
    private static void Check(IdentityResult result, string field = "")
    {
        if (!result.Succeeded)
        {
            throw new AdminValidationException(result.Errors.Select(e => new AdminFieldError(FieldOf(e, field), e.Description)).ToList());
        }
    }

    private static string FieldOf(IdentityError error, string fallback) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(NewUserInput.UserName),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail) => nameof(NewUserInput.Email),
        _ => fallback,
    };
}
