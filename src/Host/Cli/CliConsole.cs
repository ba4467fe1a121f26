namespace Thads.Host.Cli;

/// <summary>Runs the CLI against the real console, turning Ctrl+C into cancellation.</summary>
internal static class CliConsole
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Let the command unwind and report instead of the runtime killing the process mid-write.
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
