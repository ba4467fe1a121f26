namespace Thads.Host.Tests.Cases;

/// <summary>
/// A host with a 64 KB upload limit and a real scanner command: a shell script that refuses any file containing
/// <see cref="Signature"/>, the way clamscan refuses the EICAR test file (exit code 1 and a line naming it).
/// </summary>
public sealed class AttachmentHost : CasesHost
{
    public const long MaxBytes = 64 * 1024;
    public const string Signature = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Attachments:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Attachments:ScanCommand"] = "/bin/sh",
        ["Attachments:ScanArguments:0"] = "-c",
        ["Attachments:ScanArguments:1"] = $"if grep -q '{Signature}' \"$1\"; then echo 'Eicar-Test-Signature FOUND'; exit 1; fi; exit 0",
        ["Attachments:ScanArguments:2"] = "scanner",
        ["Attachments:ScanArguments:3"] = "{file}",
    };

    public string FilesDirectory => Path.Combine(DataDirectory, "files");
}
