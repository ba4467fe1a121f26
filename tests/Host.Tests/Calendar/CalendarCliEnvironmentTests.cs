using Thads.Host.Cli;

namespace Thads.Host.Tests.Calendar;

/// <summary>The CLI reads <c>ConnectionStrings__Thads</c> from the environment, like the web application.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class CalendarCliEnvironmentTests
{
    private const string Variable = "ConnectionStrings__Thads";

    [Fact]
    public async Task The_connection_string_comes_from_the_environment_variable()
    {
        var directory = Path.Combine(Path.GetTempPath(), "thads-calendar-env-" + Guid.NewGuid().ToString("N"));
        var previous = Environment.GetEnvironmentVariable(Variable);
        Environment.SetEnvironmentVariable(Variable, $"Data Source={Path.Combine(directory, "env.db")};Pooling=False");
        try
        {
            var stdout = new StringWriter();
            var exit = await CliApp.RunAsync(["calendar", "add-working-days", "2026-04-29", "1"], stdout, new StringWriter());

            Assert.Equal(0, exit);
            Assert.Equal("2026-05-04", stdout.ToString().Trim());
            Assert.True(File.Exists(Path.Combine(directory, "env.db")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, previous);
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
