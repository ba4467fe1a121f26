namespace Thads.Host.Tests;

public sealed class ContentRootTests
{
    [Fact]
    public void Without_an_explicit_content_root_the_application_directory_is_used()
    {
        // dotnet run starts in the caller's directory; appsettings.json is next to the assembly.
        Assert.Equal(AppContext.BaseDirectory, ContentRoot.Choose(["--urls=http://127.0.0.1:1"]));
    }

    [Theory]
    [InlineData("--contentRoot=/srv/thads")]
    [InlineData("--contentroot")]
    public void An_explicit_content_root_is_left_to_the_framework(string argument)
    {
        Assert.Null(ContentRoot.Choose(["--urls=http://127.0.0.1:1", argument]));
    }
}
