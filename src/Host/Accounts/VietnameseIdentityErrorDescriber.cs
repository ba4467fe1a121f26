using Microsoft.AspNetCore.Identity;
using Thads.Host.Localization;

namespace Thads.Host.Accounts;

/// <summary>Identity's messages that reach users (password rules, wrong current password) in Vietnamese, or English when chosen.</summary>
internal sealed class VietnameseIdentityErrorDescriber(UiText text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), text["Đã xảy ra lỗi. Vui lòng thử lại."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["Mật khẩu hiện tại không đúng."]);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), text["Mật khẩu phải có ít nhất {0} ký tự.", length]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), text["Mật khẩu phải có ít nhất một chữ số (0–9)."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), text["Mật khẩu phải có ít nhất một chữ hoa (A–Z)."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), text["Mật khẩu phải có ít nhất một chữ thường (a–z)."]);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), text["Mật khẩu phải có ít nhất một ký tự đặc biệt."]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), text["Mật khẩu phải có ít nhất {0} ký tự khác nhau.", uniqueChars]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), text["Tên đăng nhập '{0}' đã được dùng.", userName]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
