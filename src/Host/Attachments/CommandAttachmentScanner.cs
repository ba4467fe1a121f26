using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Thads.Host.Attachments;

/// <summary>
/// Runs an external scanner (e.g. <c>clamdscan --no-summary {file}</c>) without a shell, the file's path as an
/// argument. Exit code 0 is clean, 1 is infected (clamscan's convention); anything else, or no answer within the
/// timeout, refuses the file, since an unscanned file must not be kept.
/// </summary>
public sealed class CommandAttachmentScanner(IOptions<AttachmentOptions> options, ILogger<CommandAttachmentScanner> logger) : IAttachmentScanner
{
    public async Task<AttachmentScanResult> ScanAsync(string path, string fileName, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var start = new ProcessStartInfo(settings.ScanCommand!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var arguments = settings.ScanArguments ?? [];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument.Replace("{file}", path, StringComparison.Ordinal));
        }

        if (!arguments.Any(a => a.Contains("{file}", StringComparison.Ordinal)))
        {
            start.ArgumentList.Add(path);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, settings.ScanTimeoutSeconds)));
        Process? process = null;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("The scanner did not start.");
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var said = FirstLine(await output) ?? FirstLine(await errors);
            switch (process.ExitCode)
            {
                case 0:
                    return AttachmentScanResult.Passed;
                case 1:
                    logger.LogWarning("Scanner refused {FileName}: {Output}", fileName, said);
                    return AttachmentScanResult.Refused($"bị chương trình quét virus từ chối{(said is null ? "" : $": {said}")}.");
                default:
                    logger.LogError("Scanner failed on {FileName} with exit code {ExitCode}: {Output}", fileName, process.ExitCode, said);
                    return AttachmentScanResult.Refused("không quét virus được, nên tệp chưa được lưu. Vui lòng thử lại hoặc báo quản trị hệ thống.");
            }
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            logger.LogError(e, "Scanner {Command} could not scan {FileName}", settings.ScanCommand, fileName);
            return AttachmentScanResult.Refused("không quét virus được, nên tệp chưa được lưu. Vui lòng thử lại hoặc báo quản trị hệ thống.");
        }
        finally
        {
            process?.Dispose();
        }
    }

    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
