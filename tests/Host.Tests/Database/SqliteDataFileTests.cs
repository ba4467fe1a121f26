using Thads.Host.Database;

namespace Thads.Host.Tests.Database;

public sealed class SqliteDataFileTests
{
    private static readonly string BaseDirectory = Path.Combine(Path.GetTempPath(), "thads-base");

    [Fact]
    public void Relative_path_is_resolved_against_the_base_directory()
    {
        var path = SqliteDataFile.ResolvePath("Data Source=data/thads.db", BaseDirectory);

        Assert.Equal(Path.Combine(BaseDirectory, "data", "thads.db"), path);
    }

    [Fact]
    public void Absolute_path_is_kept()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere", "thads.db");

        var path = SqliteDataFile.ResolvePath($"Data Source={absolute};Cache=Shared", BaseDirectory);

        Assert.Equal(absolute, path);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=thads;Mode=Memory;Cache=Shared")]
    [InlineData("Data Source=")]
    [InlineData("Data Source=file:thads.db?mode=ro")]
    public void Databases_without_a_plain_file_have_no_path(string connectionString)
    {
        Assert.Null(SqliteDataFile.ResolvePath(connectionString, BaseDirectory));
    }
}
