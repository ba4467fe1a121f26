using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Thads.Host.Tests.Support;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's aiosmtpd (package python3-aiosmtpd, installed by ./build.sh test)
/// storing every message in a maildir. It can be stopped and started again on the same port, to play a mail
/// server that goes down and comes back. Recipients in <see cref="RejectedDomain"/> get a permanent 550 and
/// those in <see cref="DeferredDomain"/> a temporary 450, so refusals are real server answers too.
/// </summary>
public sealed class SmtpServerFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Debian's interpreter, explicitly: another python3 earlier on PATH (pyenv, venv) lacks the Debian module.</summary>
    public const string Python = "/usr/bin/python3";

    public const string RejectedDomain = "rejected.test";
    public const string DeferredDomain = "deferred.test";

    private const string HandlerModule = "thads_test_smtp";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    // aiosmtpd's stock Mailbox handler, plus refusals for two reserved test domains. handle_RCPT is aiosmtpd's
    // hook for the RCPT command; returning a reply line refuses the recipient.
    private const string HandlerSource = $"""
        from aiosmtpd.handlers import Mailbox


        class TestMailbox(Mailbox):
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                domain = address.rpartition('@')[2].lower()
                if domain == '{RejectedDomain}':
                    return '550 5.1.1 <%s>: Recipient address rejected: User unknown' % address
                if domain == '{DeferredDomain}':
                    return '450 4.2.1 <%s>: Mailbox temporarily unavailable' % address
                envelope.rcpt_tos.append(address)
                return '250 OK'
        """;

    private readonly StringBuilder _output = new();
    private Process? _process;

    public SmtpServerFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "thads-smtp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, HandlerModule + ".py"), HandlerSource);
        Port = FreePort();
    }

    public string Host => "127.0.0.1";

    /// <summary>Chosen once, so <see cref="StartAsync"/> after <see cref="Stop"/> listens where clients already point.</summary>
    public int Port { get; }

    public string MailDirectory => Path.Combine(Root, "maildir");

    public bool IsRunning => _process is { HasExited: false };

    private string Root { get; }

    /// <summary>Settings that point the application's mail at this server, plain SMTP (aiosmtpd here has no TLS).</summary>
    public Dictionary<string, string?> MailSettings() => new()
    {
        ["Mail:Smtp:Host"] = Host,
        ["Mail:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
    };

    public Task InitializeAsync() => StartAsync();

    /// <summary>Starts the server unless it runs, and returns once it accepts connections.</summary>
    /// <exception cref="InvalidOperationException">aiosmtpd is missing or did not come up.</exception>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        if (!File.Exists(Python) || !File.Exists("/usr/lib/python3/dist-packages/aiosmtpd/__init__.py"))
        {
            throw new InvalidOperationException(
                "The mail tests need Debian's python3-aiosmtpd: apt-get install -y python3-aiosmtpd (./build.sh test installs it).");
        }

        _process = Process.Start(StartInfo()) ?? throw new InvalidOperationException($"{Python} did not start.");
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
        await WaitUntilAcceptingAsync(_process);
    }

    /// <summary>Kills the server; its port refuses connections afterwards. Received mail stays readable.</summary>
    public void Stop()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var directory = Path.Combine(MailDirectory, "new");
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.GetFiles(directory)
            .Select(path => new FileInfo(path))
            .OrderBy(file => file.LastWriteTimeUtc).ThenBy(file => file.Name, StringComparer.Ordinal)
            .Select(file => MimeMessage.Load(file.FullName))
            .ToList();
    }

    /// <summary>Polls the maildir until it holds <paramref name="count"/> messages; fails the test after the timeout.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages.Count >= count
                    ? messages
                    : throw new TimeoutException($"Expected {count} message(s) in {MailDirectory}, found {messages.Count}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The envelope recipients (RCPT TO) of a received message, which aiosmtpd records in X-RcptTo.</summary>
    public static IReadOnlyList<string> EnvelopeRecipients(MimeMessage message) =>
        (message.Headers["X-RcptTo"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Stop();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private ProcessStartInfo StartInfo()
    {
        var info = new ProcessStartInfo(Python)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
        };
        foreach (var argument in new[]
        {
            "-m", "aiosmtpd", "-n", "-u", "-l", $"{Host}:{Port}", "-c", $"{HandlerModule}.TestMailbox", MailDirectory,
        })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PYTHONPATH"] = Root;
        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        info.Environment["PYTHONUNBUFFERED"] = "1";
        return info;
    }

    private async Task WaitUntilAcceptingAsync(Process process)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with code {process.ExitCode}: {Output()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port).WaitAsync(TimeSpan.FromSeconds(1));
                return;
            }
            catch (Exception exception) when (exception is SocketException or TimeoutException)
            {
                await Task.Delay(50);
            }
        }

        Stop();
        throw new InvalidOperationException($"aiosmtpd did not accept connections on {Host}:{Port} within {StartTimeout}: {Output()}");
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private void KillOnExit(object? sender, EventArgs e)
    {
        try
        {
            _process?.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
