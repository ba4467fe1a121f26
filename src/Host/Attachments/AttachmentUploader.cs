using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Thads.Enforcement.Cases;
using Thads.Host.Cases;

namespace Thads.Host.Attachments;

/// <summary>
/// Receives one file from a multipart request and keeps it with a case. The body is streamed section by section
/// straight into the store's temporary folder (never buffered in memory, never into the database), cut off at the
/// size limit, then the content's type is sniffed, the scanner asked, and only a file that passed everything is
/// moved under its key and recorded on the case (audited by <see cref="CaseService"/>). Every refusal deletes what
/// was written. The page's form sends its antiforgery token as a form field, validated here without reading the
/// whole form (which would buffer the file).
/// </summary>
public sealed class AttachmentUploader(
    AttachmentStore store,
    IAttachmentScanner scanner,
    CaseService cases,
    IAntiforgery antiforgery,
    IOptions<AttachmentOptions> options,
    IOptions<AntiforgeryOptions> antiforgeryOptions,
    ILogger<AttachmentUploader> logger)
{
    public const string FileField = "file";
    private const int MaxFieldBytes = 8 * 1024;
    private const int MaxFileNameLength = 200;

    public async Task<AttachmentUploadResult> UploadAsync(HttpContext context, CaseHeader c, string actor, bool checkAntiforgery, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !string.Equals(mediaType.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return AttachmentUploadResult.Refused(FileField, "Tệp: gửi tệp bằng biểu mẫu multipart/form-data.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // Room for the other fields and the multipart framing; the file itself is counted below.
            limit.MaxRequestBodySize = settings.MaxBytes + 64 * 1024;
        }

        string? temporary = null;
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            string? token = null;
            string? fileName = null;
            long size = 0;
            for (var section = await reader.ReadNextSectionAsync(cancellationToken); section is not null; section = await reader.ReadNextSectionAsync(cancellationToken))
            {
                // IsFormDisposition() means "a field that is not a file", so the type is checked directly.
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (disposition.IsFileDisposition())
                {
                    if (temporary is not null)
                    {
                        return AttachmentUploadResult.Refused(FileField, "Tệp: mỗi lần chỉ gửi một tệp.");
                    }

                    fileName = CleanFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value);
                    temporary = store.NewTemporaryFile();
                    size = await CopyAsync(section.Body, temporary, settings.MaxBytes, cancellationToken);
                    if (size > settings.MaxBytes)
                    {
                        return AttachmentUploadResult.Refused(FileField,
                            $"Tệp: lớn hơn giới hạn {FileSize.Text(settings.MaxBytes)} cho phép.");
                    }
                }
                else if (HeaderUtilities.RemoveQuotes(disposition.Name).Value == antiforgeryOptions.Value.FormFieldName)
                {
                    token = await ReadFieldAsync(section.Body, cancellationToken);
                }
            }

            if (checkAntiforgery && !await TokenIsValidAsync(context, token))
            {
                return new AttachmentUploadResult(null, null, "Phiên làm việc của biểu mẫu đã hết hạn; vui lòng tải lại trang.", BadToken: true);
            }

            if (temporary is null || string.IsNullOrEmpty(fileName))
            {
                return AttachmentUploadResult.Refused(FileField, "Tệp: chưa chọn tệp.");
            }

            if (size == 0)
            {
                return AttachmentUploadResult.Refused(FileField, "Tệp: tệp rỗng.");
            }

            var allowed = settings.EffectiveAllowedTypes.Select(AttachmentFileTypes.ByCode).OfType<AttachmentFileType>().ToList();
            var type = FileTypeSniffer.Sniff(temporary);
            var extension = Path.GetExtension(fileName).ToLowerInvariant();
            if (type is null || !allowed.Contains(type))
            {
                return AttachmentUploadResult.Refused(FileField,
                    $"Tệp: nội dung của '{fileName}' không phải loại được phép ({string.Join(", ", allowed.Select(t => t.Description))}).");
            }

            if (!type.Extensions.Contains(extension))
            {
                return AttachmentUploadResult.Refused(FileField,
                    $"Tệp: '{fileName}' có nội dung {type.Description} nhưng tên tệp có đuôi '{extension}'; hãy đặt đúng đuôi {string.Join(" hoặc ", type.Extensions)}.");
            }

            var scan = await scanner.ScanAsync(temporary, fileName, cancellationToken);
            if (!scan.Clean)
            {
                return AttachmentUploadResult.Refused(FileField, "Tệp: " + (scan.Reason ?? "bị chương trình quét virus từ chối."));
            }

            var key = store.Keep(temporary);
            temporary = null;
            try
            {
                var attachment = await cases.AddAttachmentAsync(c.Id, new AttachmentInput(fileName, type.ContentType, size, key), actor, CancellationToken.None);
                logger.LogInformation("Attachment {AttachmentId} ({Size} bytes) kept on case {CaseId} by {Actor}", attachment.Id, size, c.Id, actor);
                return new AttachmentUploadResult(attachment, null, null);
            }
            catch
            {
                store.Delete(key);
                throw;
            }
        }
        catch (InvalidDataException e)
        {
            logger.LogInformation(e, "Malformed upload to case {CaseId}", c.Id);
            return AttachmentUploadResult.Refused(FileField, "Tệp: dữ liệu gửi lên không đúng dạng multipart/form-data.");
        }
        finally
        {
            AttachmentStore.DeleteTemporary(temporary);
        }
    }

    /// <summary>Copies at most <paramref name="max"/> + 1 bytes; a larger answer means the file is over the limit.</summary>
    private static async Task<long> CopyAsync(Stream body, string path, long max, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true);
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > max)
            {
                return total;
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }

    private static async Task<string?> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        var length = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return length > MaxFieldBytes ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, length);
    }

    /// <summary>The token is checked as if sent in the header, so the antiforgery service does not read (and buffer) the form.</summary>
    private async Task<bool> TokenIsValidAsync(HttpContext context, string? token)
    {
        if (string.IsNullOrEmpty(token) || antiforgeryOptions.Value.HeaderName is not { } header)
        {
            return false;
        }

        context.Request.Headers[header] = token;
        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    /// <summary>The last path segment of what the browser sent, without control characters, at most 200 characters.</summary>
    private static string? CleanFileName(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var name = raw.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(ch => !char.IsControl(ch)).ToArray()).Trim().Trim('.');
        if (name.Length > MaxFileNameLength)
        {
            var extension = Path.GetExtension(name);
            name = name[..(MaxFileNameLength - extension.Length)] + extension;
        }

        return name.Length == 0 ? null : name;
    }
}
