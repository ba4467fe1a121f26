using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Thads.Host.Cli;
using Thads.Host.Mail.Composition;
using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Dispatch;
using Thads.Host.Mail.Transport;

namespace Thads.Host.Mail.Cli;

/// <summary>
/// <c>mail test --to ADDRESS</c>: sends one message straight through the configured transport (not through the
/// outbox, which would hide the server's answer behind retries).
/// </summary>
internal sealed class MailTestCommand(Func<IConfiguration> loadConfiguration, TimeProvider time) : ICliCommand
{
    public MailTestCommand()
        : this(CliMailConfiguration.Load, TimeProvider.System)
    {
    }

    public string Name => "mail test";

    public string Usage => """
        mail test --to ADDRESS
        Sends one test message through the configured transport: the SMTP server in Mail:Smtp:Host
        (environment: Mail__Smtp__Host, Mail__Smtp__Port, ...), or an .eml file under Mail:PickupDirectory
        when no host is set. Exit 0 when the server accepted it (or the file was written, its path is
        printed); 1 with the server's error on stderr otherwise; 2 for a bad address.
        """;

    public async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var to = args.GetRequiredOption("to");
        if (!MailAddresses.TryParseMailbox(to, out _))
        {
            throw new CliUsageException($"--to '{to}' is not a mail address such as name@example.vn.");
        }

        var options = new MailOptions();
        var configuration = loadConfiguration();
        new MailOptionsSetup(configuration).Configure(options);
        var validation = new MailOptionsValidator(configuration).Validate(null, options);
        if (validation.Failed)
        {
            validation.Failures.ToList().ForEach(stderr.WriteLine);
            return CliExitCodes.Failure;
        }

        var transport = MailTransportFactory.Create(options, time, NullLoggerFactory.Instance, Directory.GetCurrentDirectory());
        var now = time.GetUtcNow();
        var message = new MailMessageBuilder(Options.Create(options)).Build(MailTestMessage.For(to, now), now);
        try
        {
            stdout.WriteLine(await transport.SendAsync(message, cancellationToken));
            return CliExitCodes.Success;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine($"mail test: {transport.Description} did not take the message: {MailFailureClassifier.Classify(exception).Description}");
            return CliExitCodes.Failure;
        }
    }
}
