using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Enforcement.Legal.Status;
using Thads.Host.Cli;
using Thads.Host.Database;
using Thads.Host.Demo;
using Thads.Host.Scheduling;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Demo;

/// <summary>
/// The bulk path for benchmark data: copies of engine-driven demo cases are whole cases (their rows, audit, alerts)
/// with whole workflow instances that the real engine carries on, each copy with its own number, people and executor.
/// </summary>
public sealed class DemoCasesGeneratorTests
{
    [Fact]
    public async Task Copies_of_demo_cases_are_complete_cases_whose_processes_the_engine_carries_on()
    {
        await using var host = new ThadsHostFactory(services: WithoutScheduler);
        _ = host.Server;
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        var now = TimeProvider.System.GetUtcNow().ToOffset(VietnamTime.Offset);
        var plan = DemoCasePlanner.Standard(DateOnly.FromDateTime(now.DateTime)).Take(15).ToList();
        var seeded = await new DemoCasesSeeder(host.Services).SeedAsync(plan, now, CancellationToken.None);
        var database = new DemoDatabase(host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString);
        using var progress = new StringWriter();

        var copied = await new DemoCaseCloner(database, progress).CloneAsync(45, seed: 7, casesPerExecutor: 10, now, CancellationToken.None);

        Assert.Equal(45, copied);
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        var cases = host.Services.GetRequiredService<CaseService>();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        var all = await db.Cases.AsNoTracking().Include(c => c.Parties).Include(c => c.Executor).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(seeded.CasesCreated + 45, all.Count);
        var prototypes = all.Take(seeded.CasesCreated).ToList();
        var clones = all.Skip(seeded.CasesCreated).ToList();
        Assert.Equal(45, clones.Select(c => c.CaseNumber).Distinct().Count());
        Assert.All(clones, c => Assert.Matches(@"^DN-\d{4}-1\d{5}$", c.CaseNumber));
        // Ten cases per generated executor at most: 45 copies of provincial cases need five of them.
        var generated = clones.Where(c => c.Executor is not null).Select(c => c.Executor!.UserName).Distinct().ToList();
        Assert.All(generated, u => Assert.StartsWith("chv.dn.", u));
        Assert.InRange(generated.Count, 4, 5);

        for (var i = 0; i < clones.Count; i++)
        {
            var clone = clones[i];
            var prototype = prototypes[i % prototypes.Count];
            Assert.Equal((prototype.Status, prototype.UnitId, prototype.DecisionDate), (clone.Status, clone.UnitId, clone.DecisionDate));
            Assert.DoesNotContain(clone.Parties, p => prototype.Parties.Any(q => q.FullName == p.FullName));
            Assert.NotEmpty(await cases.AuditTrailAsync(clone.Id));

            var theirs = await OpenTasksAsync(engine, prototype.CaseNumber);
            var mine = await OpenTasksAsync(engine, clone.CaseNumber);
            Assert.Equal(theirs.Select(t => (t.ElementId, t.DueAt, t.CandidateUnit)), mine.Select(t => (t.ElementId, t.DueAt, t.CandidateUnit)));
            Assert.All(mine.Where(t => t.Assignee is not null), t => Assert.Equal(clone.Executor!.UserName, t.Assignee));
            foreach (var instance in await engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = clone.CaseNumber }))
            {
                var snapshot = (await engine.GetInstanceAsync(instance.Id))!;
                Assert.Equal(clone.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), snapshot.Variables["caseId"]!.ToJsonString());
                Assert.Equal($"\"{clone.CaseNumber}\"", snapshot.Variables["caseNumber"]!.ToJsonString());
                Assert.NotEmpty(await engine.GetJournalAsync(instance.Id));
            }
        }

        // A copy waiting for the head's signature is signed like any case: the approval issues the drafted decision and
        // the engine moves it on to the assignment.
        var waiting = clones.First(c => c.Status is null && prototypes[clones.IndexOf(c) % prototypes.Count] is var p && plan.Single(s => s.CaseNumber == p.CaseNumber).State == DemoCaseState.DecisionApproval);
        var approval = (await OpenTasksAsync(engine, waiting.CaseNumber)).Single(t => t.ElementId == "approveDecision");
        await engine.CompleteTaskAsync(approval.Id, new Dictionary<string, object?> { ["decision"] = "approve", ["comment"] = "Đồng ý." }, DemoOrganisation.Head);
        Assert.Equal("assignExecutor", Assert.Single(await OpenTasksAsync(engine, waiting.CaseNumber)).ElementId);
        Assert.Equal(EnforcementStatus.Accepted, (await cases.GetAsync(waiting.Id))!.Status);
        Assert.Contains("45 / 45 cases copied", progress.ToString());
        SqliteConnection.ClearAllPools();
    }

    [Theory]
    [InlineData(new[] { "demo", "cases" }, "--count")]
    [InlineData(new[] { "demo", "cases", "--count", "0" }, "--count")]
    [InlineData(new[] { "demo", "cases", "--count", "10", "--seed", "x" }, "--seed")]
    [InlineData(new[] { "demo", "cases", "--count", "10", "--colour", "red" }, "--colour")]
    public async Task The_command_refuses_bad_arguments_naming_them(string[] args, string named)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(CliExitCodes.Usage, await CliApp.RunAsync(args, stdout, stderr));
        Assert.Contains(named, stderr.ToString());
        Assert.Empty(stdout.ToString());
    }

    [Fact]
    public async Task The_command_creates_the_cases_asked_for_in_the_configured_database()
    {
        var directory = Path.Combine(Path.GetTempPath(), "thads-demo-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = await CliApp.RunAsync(
                ["demo", "cases", "--count", "3", "--ConnectionStrings:Thads", $"Data Source={Path.Combine(directory, "thads.db")}"], stdout, stderr);
            Assert.True(exit == CliExitCodes.Success, stderr.ToString());
            Assert.StartsWith("3 cases: 3 through the engine", stdout.ToString());

            await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "thads.db")}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM thads_cases";
            Assert.Equal(3L, await command.ExecuteScalarAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>The demo world is the only one moving timers while it writes; production runs it before the scheduler starts.</summary>
    private static void WithoutScheduler(IServiceCollection services)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(IStartupTask) && d.ImplementationType == typeof(SchedulerStartupTask)).ToList())
        {
            services.Remove(descriptor);
        }
    }

    private static async Task<IReadOnlyList<UserTaskInfo>> OpenTasksAsync(WorkflowEngine engine, string businessKey)
    {
        var tasks = new List<UserTaskInfo>();
        foreach (var instance in (await engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = businessKey })).OrderBy(i => i.StartedAt))
        {
            tasks.AddRange(await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id }));
        }

        return tasks.OrderBy(t => t.ElementId, StringComparer.Ordinal).ToList();
    }
}
