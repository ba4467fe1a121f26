using Thads.Enforcement.Cases.Configuration;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>Attachment metadata; the key must stay inside the file store.</summary>
internal static class AttachmentValidator
{
    public static void Validate(AttachmentInput input, CaseErrors errors)
    {
        errors.Required(CaseFields.FileName, input.FileName);
        errors.MaxLength(CaseFields.FileName, input.FileName, CaseModel.NameMaxLength);
        if (input.FileName?.IndexOfAny(['/', '\\']) >= 0)
        {
            errors.Add(CaseFields.FileName, "không được chứa đường dẫn.");
        }

        errors.Required(CaseFields.ContentType, input.ContentType);
        errors.MaxLength(CaseFields.ContentType, input.ContentType, CaseModel.NumberMaxLength);
        if (input.SizeBytes <= 0)
        {
            errors.Add(CaseFields.FileSize, "tệp rỗng.");
        }

        errors.Required(CaseFields.StorageKey, input.StorageKey);
        errors.MaxLength(CaseFields.StorageKey, input.StorageKey, CaseModel.TextMaxLength);
        // A key that is absolute or climbs out with ".." would let a record point anywhere on the server's disk.
        if (input.StorageKey is { } key && (Path.IsPathRooted(key) || key.Replace('\\', '/').Split('/').Contains("..")))
        {
            errors.Add(CaseFields.StorageKey, "phải là đường dẫn tương đối trong kho tệp.");
        }
    }
}
