using System.Globalization;
using System.Text.RegularExpressions;

namespace Thads.Enforcement.Organisation;

/// <summary>
/// The rules a unit must satisfy. Messages are Vietnamese for the administrators and start with the field's
/// Vietnamese label and its property name, e.g. "Mã đơn vị (Code): …".
/// </summary>
public static partial class UnitValidator
{
    public const int CodeMaxLength = 50;
    public const int NameMaxLength = 300;

    /// <param name="existing">The unit being edited, or null for a new one.</param>
    /// <param name="all">Every stored unit (the tree is small), to check codes, references and cycles.</param>
    public static IReadOnlyList<OrganisationValidationError> Validate(UnitInput input, Unit? existing, IReadOnlyCollection<Unit> all)
    {
        var errors = new List<OrganisationValidationError>();
        CheckCode(input, existing, all, errors);
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add(Error(nameof(input.Name), "Tên đơn vị", "không được để trống."));
        }
        else if (input.Name.Length > NameMaxLength)
        {
            errors.Add(Error(nameof(input.Name), "Tên đơn vị", $"dài tối đa {NameMaxLength} ký tự (đang có {input.Name.Length})."));
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(Error(nameof(input.Kind), "Loại đơn vị", $"giá trị '{input.Kind}' không hợp lệ; chọn một trong: {string.Join(", ", Enum.GetNames<UnitKind>())}."));
        }

        CheckParent(input, existing, all, errors);
        if (input.ValidFrom is { } from && input.ValidTo is { } to && to < from)
        {
            errors.Add(Error(nameof(input.ValidTo), "Hiệu lực đến ngày", $"{Date(to)} trước ngày bắt đầu hiệu lực {Date(from)}."));
        }

        if (input.SucceededById is { } successor)
        {
            if (existing is not null && successor == existing.Id)
            {
                errors.Add(Error(nameof(input.SucceededById), "Đơn vị kế thừa", "không thể là chính đơn vị này."));
            }
            else if (all.All(u => u.Id != successor))
            {
                errors.Add(Error(nameof(input.SucceededById), "Đơn vị kế thừa", $"không có đơn vị mã số {successor}."));
            }
        }

        return errors;
    }

    private static void CheckCode(UnitInput input, Unit? existing, IReadOnlyCollection<Unit> all, List<OrganisationValidationError> errors)
    {
        const string label = "Mã đơn vị";
        if (string.IsNullOrWhiteSpace(input.Code))
        {
            errors.Add(Error(nameof(input.Code), label, "không được để trống."));
            return;
        }

        if (existing is not null && !string.Equals(existing.Code, input.Code, StringComparison.Ordinal))
        {
            // The code is written into BPMN (thads:candidateUnit), configuration and reports; renaming it would orphan them.
            errors.Add(Error(nameof(input.Code), label,
                $"không đổi được sau khi tạo (đang là '{existing.Code}'), vì mã được dùng trong quy trình, cấu hình và báo cáo. Hãy tạo đơn vị mới và ghi đơn vị kế thừa."));
            return;
        }

        if (input.Code.Length > CodeMaxLength)
        {
            errors.Add(Error(nameof(input.Code), label, $"dài tối đa {CodeMaxLength} ký tự (đang có {input.Code.Length})."));
        }
        else if (!CodePattern().IsMatch(input.Code))
        {
            errors.Add(Error(nameof(input.Code), label, "chỉ gồm chữ cái không dấu, chữ số, dấu gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số (ví dụ DN-KV1)."));
        }
        else if (all.FirstOrDefault(u => u.Id != existing?.Id && string.Equals(u.Code, input.Code, StringComparison.OrdinalIgnoreCase)) is { } same)
        {
            errors.Add(Error(nameof(input.Code), label, $"'{input.Code}' đã được dùng cho đơn vị \"{same.Name}\"."));
        }
    }

    private static void CheckParent(UnitInput input, Unit? existing, IReadOnlyCollection<Unit> all, List<OrganisationValidationError> errors)
    {
        const string label = "Đơn vị cấp trên";
        if (input.ParentId is not { } parentId)
        {
            return;
        }

        var byId = all.ToDictionary(u => u.Id);
        if (!byId.ContainsKey(parentId))
        {
            errors.Add(Error(nameof(input.ParentId), label, $"không có đơn vị mã số {parentId}."));
            return;
        }

        if (existing is null)
        {
            return;
        }

        // Walking up from the new parent must never reach the unit itself, or the tree would become a loop.
        var seen = new HashSet<int>();
        for (int? current = parentId; current is { } id && seen.Add(id); current = byId.GetValueOrDefault(id)?.ParentId)
        {
            if (id == existing.Id)
            {
                errors.Add(Error(nameof(input.ParentId), label,
                    id == parentId
                        ? "không thể là chính đơn vị này."
                        : $"\"{byId[parentId].Name}\" là đơn vị trực thuộc của đơn vị này; chọn như vậy sẽ tạo vòng lặp trong cây đơn vị."));
                return;
            }
        }
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static OrganisationValidationError Error(string field, string label, string message) => new(field, $"{label} ({field}): {message}");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex CodePattern();
}
