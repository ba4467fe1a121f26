using Thads.Host.Cli;

namespace Thads.Host.Tests.Calendar;

/// <summary>
/// The calendar commands in-process, each test on its own SQLite file in a temporary directory, given with the
/// <c>--ConnectionStrings:Thads</c> configuration option so parallel tests never share process-wide state.
/// </summary>
public sealed class CalendarCliTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "thads-calendar-cli-" + Guid.NewGuid().ToString("N"));

    private string DatabaseOption => $"--ConnectionStrings:Thads=Data Source={Path.Combine(_directory, "data", "thads.db")};Pooling=False";

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, DatabaseOption], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Add_working_days_prints_the_Monday_after_the_Tet_2026_break_for_the_Friday_before_it()
    {
        var (exit, stdout, stderr) = await RunAsync("calendar", "add-working-days", "2026-02-13", "1");

        Assert.Equal(0, exit);
        Assert.Equal("2026-02-23\n", stdout.ReplaceLineEndings("\n"));
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task Add_working_days_creates_migrates_and_seeds_a_new_database_in_a_new_directory()
    {
        var (exit, stdout, _) = await RunAsync("calendar", "add-working-days", "2026-04-29", "1");

        Assert.Equal(0, exit);
        // 30/04 and 01/05 come from the seed, so the next working day is Monday 04/05.
        Assert.Equal("2026-05-04", stdout.Trim());
        Assert.True(File.Exists(Path.Combine(_directory, "data", "thads.db")));
    }

    [Fact]
    public async Task Add_working_days_counts_backwards_for_a_negative_count()
    {
        var (exit, stdout, _) = await RunAsync("calendar", "add-working-days", "2026-05-04", "-1");

        Assert.Equal(0, exit);
        Assert.Equal("2026-04-29", stdout.Trim());
    }

    [Fact]
    public async Task Add_working_days_counts_a_swapped_Saturday_unless_the_setting_turns_it_off()
    {
        var (_, byDefault, _) = await RunAsync("calendar", "add-working-days", "2026-01-09", "1");
        var (_, turnedOff, _) = await RunAsync("calendar", "add-working-days", "2026-01-09", "1", "--Calendar:SwapWorkdayIsWorkingDay=false");

        Assert.Equal("2026-01-10", byDefault.Trim());
        Assert.Equal("2026-01-12", turnedOff.Trim());
    }

    [Theory]
    [InlineData("13/02/2026", "1", "DATE: '13/02/2026' is not a date in the form yyyy-MM-dd.")]
    [InlineData("2026-02-30", "1", "DATE: '2026-02-30' is not a date in the form yyyy-MM-dd.")]
    [InlineData("2026-02-13", "one", "N: 'one' is not a whole number of working days.")]
    [InlineData("2026-02-13", "1000000", "N: 1000000 is out of range")]
    public async Task Add_working_days_with_bad_input_exits_2_naming_the_argument(string date, string count, string message)
    {
        var (exit, stdout, stderr) = await RunAsync("calendar", "add-working-days", date, count);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith(message, stderr);
        Assert.False(Directory.Exists(_directory), "a usage error must not create the database");
    }

    [Fact]
    public async Task Add_working_days_without_a_count_exits_2()
    {
        var (exit, _, stderr) = await RunAsync("calendar", "add-working-days", "2026-02-13");

        Assert.Equal(2, exit);
        Assert.Contains("Missing argument 2: N", stderr);
    }

    [Fact]
    public async Task Holidays_prints_the_stored_weekdays_off_of_2026_sorted_one_per_line()
    {
        var (exit, stdout, _) = await RunAsync("calendar", "holidays", "--year", "2026");

        Assert.Equal(0, exit);
        var lines = stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(
            [
                "2026-01-01", "2026-01-02",
                "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-04-27", "2026-04-30", "2026-05-01",
                "2026-08-31", "2026-09-01", "2026-09-02",
            ],
            lines.Select(line => line[..10]));
        Assert.Contains("2026-02-17 Tết Nguyên đán Bính Ngọ", lines);
        Assert.Contains("2026-01-01 Tết Dương lịch", lines);
        // Neither the swapped Saturday nor the pending Culture Day is a stored day off.
        Assert.DoesNotContain(lines, line => line.StartsWith("2026-01-10", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("2026-11-24", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Holidays_of_a_year_without_rows_prints_nothing()
    {
        var (exit, stdout, _) = await RunAsync("calendar", "holidays", "--year=2031");

        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
    }

    [Theory]
    [InlineData(new[] { "calendar", "holidays" }, "Missing required option --year YYYY.")]
    [InlineData(new[] { "calendar", "holidays", "--year", "26" }, "--year: '26' is not a year (YYYY).")]
    [InlineData(new[] { "calendar", "holidays", "--year", "2026", "--month", "2" }, "Unknown option --month.")]
    public async Task Holidays_with_bad_input_exits_2_naming_the_option(string[] args, string message)
    {
        var (exit, _, stderr) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.StartsWith(message, stderr);
    }

    [Fact]
    public async Task An_unknown_database_provider_exits_1_naming_the_setting()
    {
        var (exit, stdout, stderr) = await RunAsync("calendar", "holidays", "--year", "2026", "--Database:Provider=Oracle");

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("Database:Provider", stderr);
        Assert.Contains("'Oracle'", stderr);
    }
}
