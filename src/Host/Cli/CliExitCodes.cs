namespace Thads.Host.Cli;

public static class CliExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    /// <summary>The shell's convention for a run stopped by Ctrl+C (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
