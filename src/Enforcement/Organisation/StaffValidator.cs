using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Thads.Enforcement.Organisation;

/// <summary>The rules a staff member must satisfy; messages name the field like <see cref="UnitValidator"/>'s.</summary>
public static partial class StaffValidator
{
    public const int UserNameMaxLength = 100;
    public const int FullNameMaxLength = 200;
    public const int PositionMaxLength = 200;
    public const int EmailMaxLength = 320;

    /// <param name="existing">The person being edited, or null for a new one.</param>
    /// <param name="sameUserName">Another stored person with the same user name, if any.</param>
    /// <param name="unitExists">Whether <see cref="StaffInput.UnitId"/> names a stored unit.</param>
    public static IReadOnlyList<OrganisationValidationError> Validate(StaffInput input, StaffMember? existing, StaffMember? sameUserName, bool unitExists)
    {
        var errors = new List<OrganisationValidationError>();
        CheckUserName(input, existing, sameUserName, errors);
        CheckText(errors, nameof(input.FullName), "Họ và tên", input.FullName, FullNameMaxLength, required: true);
        CheckText(errors, nameof(input.Position), "Chức danh", input.Position, PositionMaxLength, required: false);
        if (!string.IsNullOrWhiteSpace(input.Email))
        {
            if (input.Email.Length > EmailMaxLength)
            {
                errors.Add(Error(nameof(input.Email), "Thư điện tử", $"dài tối đa {EmailMaxLength} ký tự."));
            }
            else if (!MailAddress.TryCreate(input.Email, out var address) || address.Address != input.Email || !address.Host.Contains('.', StringComparison.Ordinal))
            {
                errors.Add(Error(nameof(input.Email), "Thư điện tử", $"'{input.Email}' không phải địa chỉ thư điện tử (ví dụ ten@thads.gov.vn)."));
            }
        }

        if (!unitExists)
        {
            errors.Add(Error(nameof(input.UnitId), "Đơn vị", $"không có đơn vị mã số {input.UnitId}."));
        }

        var known = StaffRoles.Head | StaffRoles.Deputy | StaffRoles.Executor | StaffRoles.IntakeOfficer
            | StaffRoles.Statistician | StaffRoles.Accountant | StaffRoles.Administrator;
        if ((input.Roles & ~known) != 0)
        {
            errors.Add(Error(nameof(input.Roles), "Vai trò", $"giá trị {(int)input.Roles} có vai trò không tồn tại."));
        }
        else if (input.Roles == StaffRoles.None)
        {
            errors.Add(Error(nameof(input.Roles), "Vai trò", "chọn ít nhất một vai trò."));
        }

        return errors;
    }

    private static void CheckUserName(StaffInput input, StaffMember? existing, StaffMember? sameUserName, List<OrganisationValidationError> errors)
    {
        const string label = "Tên đăng nhập";
        if (existing is not null)
        {
            if (!string.Equals(existing.UserName, input.UserName, StringComparison.Ordinal))
            {
                // The account is linked by this name; changing it would cut the person off from their login.
                errors.Add(Error(nameof(input.UserName), label, $"không đổi được sau khi tạo (đang là '{existing.UserName}')."));
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(input.UserName))
        {
            errors.Add(Error(nameof(input.UserName), label, "không được để trống."));
        }
        else if (input.UserName.Length > UserNameMaxLength)
        {
            errors.Add(Error(nameof(input.UserName), label, $"dài tối đa {UserNameMaxLength} ký tự."));
        }
        else if (!UserNamePattern().IsMatch(input.UserName))
        {
            errors.Add(Error(nameof(input.UserName), label, "chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số (ví dụ chv.an)."));
        }
        else if (sameUserName is not null)
        {
            errors.Add(Error(nameof(input.UserName), label, $"'{input.UserName}' đã được dùng cho {sameUserName.FullName}."));
        }
    }

    private static void CheckText(List<OrganisationValidationError> errors, string field, string label, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(Error(field, label, "không được để trống."));
            }
        }
        else if (value.Length > maxLength)
        {
            errors.Add(Error(field, label, $"dài tối đa {maxLength} ký tự (đang có {value.Length})."));
        }
    }

    private static OrganisationValidationError Error(string field, string label, string message) => new(field, $"{label} ({field}): {message}");

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex UserNamePattern();
}
