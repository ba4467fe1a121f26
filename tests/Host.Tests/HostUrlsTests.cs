using Microsoft.Extensions.Configuration;

namespace Thads.Host.Tests;

public sealed class HostUrlsTests
{
    [Fact]
    public void Default_listens_on_loopback_port_5080()
    {
        Assert.Equal("http://127.0.0.1:5080", HostUrls.Default);
    }

    [Fact]
    public void Nothing_configured_means_the_default_applies()
    {
        Assert.False(HostUrls.AreConfigured(Configuration([])));
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://localhost:9000")]
    public void Any_address_setting_wins_over_the_default(string key, string value)
    {
        Assert.True(HostUrls.AreConfigured(Configuration([new(key, value)])));
    }

    [Fact]
    public void Command_line_urls_wins_over_the_default()
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(["--urls", "http://127.0.0.1:6000"]).Build();

        Assert.True(HostUrls.AreConfigured(configuration));
    }

    private static IConfiguration Configuration(KeyValuePair<string, string?>[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
