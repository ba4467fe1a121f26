using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Accounts;

/// <summary>Session settings that would make sessions endless or end at once stop the start naming the setting.</summary>
public sealed class SessionOptionsTests
{
    [Theory]
    [InlineData("Accounts:Session:IdleTimeout", "00:00:00", "Accounts:Session:IdleTimeout must be positive")]
    [InlineData("Accounts:Session:AbsoluteLifetime", "00:10:00", "Accounts:Session:AbsoluteLifetime must not be shorter")]
    public void Bad_session_settings_stop_the_start_naming_the_key(string key, string value, string message)
    {
        using var host = new ThadsHostFactory(new Dictionary<string, string> { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains(message, ExceptionText.AllMessages(error));
    }
}
