using Thads.Host.Cli;
using Thads.Host.Legal;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Legal;

/// <summary>
/// The legal commands in-process, each test on its own SQLite file in a temporary directory given with the
/// <c>--ConnectionStrings:Thads</c> option, like the calendar CLI tests.
/// </summary>
public sealed class LegalCliTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "thads-legal-cli-" + Guid.NewGuid().ToString("N"));

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
    public async Task Due_prints_the_decision_deadline_after_the_Tet_2026_break_and_nothing_else()
    {
        var (exit, stdout, stderr) = await RunAsync("legal", "due", "--rule", "decision", "--from", "2026-02-13");

        Assert.Equal(0, exit);
        Assert.Equal("2026-02-27\n", stdout.ReplaceLineEndings("\n"));
        Assert.Equal("", stderr);
        Assert.True(File.Exists(Path.Combine(_directory, "data", "thads.db")), "the command creates and seeds the database");
    }

    [Fact]
    public async Task Due_with_a_kind_uses_that_row_and_notes_on_stderr_that_it_needs_review()
    {
        var (exit, stdout, stderr) = await RunAsync("legal", "due", "--rule", "reverification", "--kind", "long-prison", "--from=2025-02-17");

        Assert.Equal(0, exit);
        Assert.Equal("2026-02-23", stdout.Trim());
        Assert.StartsWith("legal: reverification/long-prison needs legal review: ", stderr);
    }

    [Fact]
    public async Task Due_counts_the_swapped_Saturday_unless_the_calendar_setting_turns_it_off()
    {
        var (_, byDefault, _) = await RunAsync("legal", "due", "--rule", "notify", "--from", "2026-01-09");
        var (_, turnedOff, _) = await RunAsync("legal", "due", "--rule", "notify", "--from", "2026-01-09", "--Calendar:SwapWorkdayIsWorkingDay=false");

        Assert.Equal("2026-01-13", byDefault.Trim());
        Assert.Equal("2026-01-14", turnedOff.Trim());
    }

    [Fact]
    public async Task Due_switches_to_the_2025_law_for_events_from_1_July_2026()
    {
        var (_, before, beforeNote) = await RunAsync("legal", "due", "--rule", "decision", "--from", "2026-06-30");
        var (_, after, afterNote) = await RunAsync("legal", "due", "--rule", "decision", "--from", "2026-07-01");

        Assert.Equal("2026-07-07", before.Trim());
        Assert.Equal("", beforeNote);
        Assert.Equal("2026-07-08", after.Trim());
        Assert.Contains("106/2025/QH15", afterNote);
        Assert.Contains("carried forward", afterNote);
    }

    [Theory]
    [InlineData(new[] { "--rule", "payment", "--from", "2026-02-13" }, "--rule: unknown rule 'payment'. Valid rules: decision, refusal, notify, voluntary, verification, reverification,")]
    [InlineData(new[] { "--rule", "reverification", "--kind", "prison", "--from", "2026-02-13" }, "--kind: Rule 'reverification' has no kind 'prison'. Valid kinds: long-prison, unknown-address;")]
    [InlineData(new[] { "--rule", "notify", "--kind", "urgent", "--from", "2026-02-13" }, "--kind: Rule 'notify' has no kind 'urgent'")]
    [InlineData(new[] { "--rule", "decision", "--kind", "--from", "2026-02-13" }, "--kind needs a value.")]
    [InlineData(new[] { "--rule", "decision", "--from", "13/02/2026" }, "--from: '13/02/2026' is not a date in the form yyyy-MM-dd.")]
    [InlineData(new[] { "--rule", "decision", "--from", "2015-06-30" }, "--from: No legal table is in force on 2015-06-30: the earliest")]
    [InlineData(new[] { "--from", "2026-02-13" }, "Missing required option --rule NAME. Valid rules: decision,")]
    [InlineData(new[] { "--rule", "decision" }, "Missing required option --from yyyy-MM-dd.")]
    [InlineData(new[] { "--rule", "decision", "--from", "2026-02-13", "--days", "5" }, "Unknown option --days.")]
    public async Task Due_with_bad_input_exits_2_naming_the_argument_without_creating_the_database(string[] options, string message)
    {
        var (exit, stdout, stderr) = await RunAsync(["legal", "due", .. options]);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith(message, stderr);
        Assert.Contains("Usage:", stderr);
        Assert.False(Directory.Exists(_directory), "a usage error must not create the database");
    }

    [Fact]
    public async Task Rules_prints_the_2014_table_for_an_event_on_30_June_2026()
    {
        var (exit, stdout, stderr) = await RunAsync("legal", "rules", "--on", "2026-06-30");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var lines = stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.StartsWith("Rules for events on 2026-06-30: Luật THADS 26/2008/QH12 sửa đổi bởi Luật 64/2014/QH13", lines[0]);
        Assert.Matches(@"^RULE\s+KIND\s+PERIOD\s+CITATION\s+STATUS$", lines[1]);
        Assert.Contains(lines, line => System.Text.RegularExpressions.Regex.IsMatch(line,
            @"^voluntary\s+-\s+10 days\s+Art\. 45 Luật THADS \(VBHN 12/2014\)\s+confirmed$"));
        Assert.Contains(lines, line => System.Text.RegularExpressions.Regex.IsMatch(line,
            @"^reverification\s+long-prison\s+1 year\s+Art\. 44 cl\. 4 Luật THADS \(VBHN 12/2014\)\s+unconfirmed, needs review$"));
        Assert.Equal(29, lines.Length - 2);
        Assert.False(Directory.Exists(_directory), "listing the rules needs no database");
    }

    [Fact]
    public async Task Rules_for_1_July_2026_marks_every_carried_forward_row_for_review()
    {
        var (exit, stdout, _) = await RunAsync("legal", "rules", "--on=2026-07-01");

        Assert.Equal(0, exit);
        var rows = stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Skip(2).ToList();
        Assert.Contains("106/2025/QH15", stdout);
        Assert.Equal(29, rows.Count);
        Assert.All(rows, row => Assert.EndsWith("carried forward, needs review", row));
    }

    [Fact]
    public async Task Rules_without_a_date_uses_today_in_Vietnam()
    {
        // 30/06/2026 17:30 UTC is already 01/07/2026 in Vietnam.
        var command = new LegalRulesCommand(new ManualTimeProvider(new DateTimeOffset(2026, 6, 30, 17, 30, 0, TimeSpan.Zero)));
        var stdout = new StringWriter();

        var exit = await CliApp.RunAsync(["legal", "rules"], [command], stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.StartsWith("Rules for events on 2026-07-01: Luật THADS 106/2025/QH15", stdout.ToString());
    }

    [Theory]
    [InlineData(new[] { "--on", "2014-12-31" }, "--on: No legal table is in force on 2014-12-31")]
    [InlineData(new[] { "--on", "31/12/2026" }, "--on: '31/12/2026' is not a date in the form yyyy-MM-dd.")]
    [InlineData(new[] { "--rule", "decision" }, "Unknown option --rule.")]
    public async Task Rules_with_bad_input_exits_2_naming_the_option(string[] options, string message)
    {
        var (exit, stdout, stderr) = await RunAsync(["legal", "rules", .. options]);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith(message, stderr);
    }

    [Fact]
    public async Task Help_lists_both_legal_commands()
    {
        var stderr = new StringWriter();

        await CliApp.RunAsync(["help"], new StringWriter(), stderr);

        Assert.Contains("legal due --rule NAME --from yyyy-MM-dd [--kind KIND]", stderr.ToString());
        Assert.Contains("legal rules [--on yyyy-MM-dd]", stderr.ToString());
    }
}
