using System.Globalization;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;

namespace Thads.Host.Admin.Api;

/// <summary>
/// Reads the text values of an API request (enum names, dates, role lists) and collects an error naming the field for
/// each one it cannot read, instead of the JSON reader's generic 400.
/// </summary>
internal sealed class AdminRequestParser
{
    private readonly List<AdminFieldError> _errors = [];

    public T? Enum<T>(string? text, string field, string label, bool required)
        where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                _errors.Add(new(field, $"{label} ({field}): bắt buộc; dùng một trong: {string.Join(", ", System.Enum.GetNames<T>())}."));
            }

            return null;
        }

        if (System.Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        _errors.Add(new(field, $"{label} ({field}): '{text}' không hợp lệ; dùng một trong: {string.Join(", ", System.Enum.GetNames<T>())}."));
        return null;
    }

    public DateOnly? Date(string? text, string field, string label, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                _errors.Add(new(field, $"{label} ({field}): bắt buộc, dạng yyyy-MM-dd."));
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _errors.Add(new(field, $"{label} ({field}): '{text}' không phải ngày dạng yyyy-MM-dd."));
        return null;
    }

    public int Required(int? value, string field, string label)
    {
        if (value is null)
        {
            _errors.Add(new(field, $"{label} ({field}): bắt buộc."));
        }

        return value ?? 0;
    }

    public StaffRoles Roles(IReadOnlyList<string>? names, string field)
    {
        var roles = StaffRoles.None;
        foreach (var name in names ?? [])
        {
            var role = StaffRoleNames.Singles.FirstOrDefault(r => string.Equals(StaffRoleNames.ClaimValue(r), name?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (role == StaffRoles.None)
            {
                _errors.Add(new(field, $"Vai trò ({field}): '{name}' không có; dùng: {string.Join(", ", StaffRoleNames.Singles.Select(StaffRoleNames.ClaimValue))}."));
            }

            roles |= role;
        }

        return roles;
    }

    /// <exception cref="AdminValidationException">Some value could not be read.</exception>
    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new AdminValidationException(_errors);
        }
    }
}
