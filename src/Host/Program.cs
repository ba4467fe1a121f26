using Thads.Host;
using Thads.Host.Cli;

// One executable serves both roles: a known command group means a CLI run that must not start the web server.
if (CliCommands.IsCliInvocation(args))
{
    return await CliConsole.RunAsync(args);
}

var app = ThadsWebApplication.Create(args);
await app.RunAsync();
return 0;
