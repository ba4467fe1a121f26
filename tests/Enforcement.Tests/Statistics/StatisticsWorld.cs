using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Demo;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Import;
using Thads.Enforcement.Statistics.Live;
using Thads.Enforcement.Tests.Support;

namespace Thads.Enforcement.Tests.Statistics;

/// <summary>
/// A migrated SQLite file with a small national organisation (General Department, provinces C01…, district offices
/// C01-01…, executors in every office), the statistics services on it, and a clock on 02/03/2026.
/// </summary>
internal sealed class StatisticsWorld : IAsyncDisposable
{
    public const string Actor = "thongke.test";

    private StatisticsWorld(CalendarDatabase database, NationalOrganisation organisation)
    {
        Database = database;
        Organisation = organisation;
        Projector = new LiveFactProjector(database.Factory, database.Time);
        Engine = new ReportEngine(database.Factory, Projector);
        Importer = new RegisterImporter(database.Factory, database.Time);
    }

    public CalendarDatabase Database { get; }

    public IDbContextFactory<ThadsDbContext> Factory => Database.Factory;

    public NationalOrganisation Organisation { get; }

    public LiveFactProjector Projector { get; }

    public ReportEngine Engine { get; }

    public RegisterImporter Importer { get; }

    public static async Task<StatisticsWorld> CreateAsync(NationalOrganisation? organisation = null)
    {
        var database = await CalendarDatabase.CreateAsync();
        var world = new StatisticsWorld(database, organisation ?? new NationalOrganisation(3, 2, 2));
        await world.Organisation.EnsureAsync(database.Factory);
        return world;
    }

    /// <summary>Writes the cases as a register CSV file in the world's directory and imports it.</summary>
    public async Task<ImportResult> ImportAsync(IEnumerable<SyntheticCase> cases, bool partial = false, bool adjust = false)
    {
        var path = WriteRegister(cases);
        return await Importer.ImportAsync(path, new RegisterImportOptions(Actor, partial, adjust));
    }

    public string WriteRegister(IEnumerable<SyntheticCase> cases, string name = "register.csv")
    {
        var path = Path.Combine(Database.Directory, name);
        using var writer = new StreamWriter(path);
        var csv = new RegisterCsvWriter(writer);
        csv.WriteHeader();
        foreach (var c in cases)
        {
            csv.Write(c);
        }

        return path;
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Database.Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public Task<ReportPair> ReportAsync(int year, int month, string? unit = null, int? executor = null, RowGrouping grouping = RowGrouping.Auto) =>
        Engine.RunAsync(new ReportRequest(ReportPeriod.EndingIn(year, month), unit, executor, grouping));

    public async Task<Dictionary<string, int>> StaffIdsAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await db.Staff.ToDictionaryAsync(s => s.UserName, s => s.Id, StringComparer.OrdinalIgnoreCase);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
