using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Demo;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Import;
using Thads.Enforcement.Statistics.Live;

namespace Thads.Benchmarks.Statistics;

/// <summary>
/// <c>statistics [--cases N] [--seed S] [--dir DIR] [--xlsx-cases N] [--keep]</c>: writes a synthetic national register of N cases, imports it
/// into a fresh SQLite file (time and peak working set of the import), then times the national 06 and 07 reports
/// and one province's, cold (first run) and warm (median of five); optionally the import of the first N lines as an
/// .xlsx. Prints one JSON object.
/// </summary>
internal static class StatisticsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cases = int.Parse(Option(args, "cases", "800000"));
        var seed = int.Parse(Option(args, "seed", "1"));
        var directory = Option(args, "dir", Path.Combine(Path.GetTempPath(), "thads-statistics-bench-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "thads.db");
        File.Delete(database);
        var options = ThadsDatabase.Sqlite($"Data Source={database}");
        var contexts = new BenchContexts(options);
        var time = TimeProvider.System;
        await new ThadsDatabaseInitializer(contexts, new CalendarSeeder(contexts, time)).InitializeAsync();
        var organisation = NationalOrganisation.Full;
        await organisation.EnsureAsync(contexts);

        var register = Path.Combine(directory, "register.csv");
        var generate = Stopwatch.StartNew();
        await using (var writer = new StreamWriter(register))
        {
            var csv = new RegisterCsvWriter(writer);
            csv.WriteHeader();
            foreach (var c in SyntheticRegister.Generate(new Random(seed), organisation, cases, new DateOnly(2014, 10, 1), new DateOnly(2018, 9, 30)))
            {
                csv.Write(c);
            }
        }

        generate.Stop();
        var xlsxCases = int.Parse(Option(args, "xlsx-cases", "0"));
        var xlsx = xlsxCases > 0 ? await XlsxImportAsync(directory, register, xlsxCases, time) : (double?)null;
        var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var import = Stopwatch.StartNew();
        var result = await new RegisterImporter(contexts, time).ImportAsync(register, new RegisterImportOptions("benchmark"));
        import.Stop();
        process.Refresh();
        var importPeak = process.PeakWorkingSet64;

        var engine = new ReportEngine(contexts, new LiveFactProjector(contexts, time));
        var period = ReportPeriod.EndingIn(2018, 6);
        var national = await TimeAsync(() => engine.RunAsync(new ReportRequest(period)));
        var province = await TimeAsync(() => engine.RunAsync(new ReportRequest(period, NationalOrganisation.ProvinceCode(1))));
        var smallProvince = await TimeAsync(() => engine.RunAsync(new ReportRequest(period, NationalOrganisation.ProvinceCode(63))));
        process.Refresh();

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            cases,
            seed,
            registerMegabytes = new FileInfo(register).Length / 1e6,
            generateSeconds = generate.Elapsed.TotalSeconds,
            imported = result.Imported,
            rejected = result.Rejected,
            importSeconds = import.Elapsed.TotalSeconds,
            importPeakWorkingSetMegabytes = importPeak / 1e6,
            workingSetBeforeImportMegabytes = before / 1e6,
            xlsxCases,
            xlsxImportSeconds = xlsx,
            national06and07ColdSeconds = national.Cold,
            national06and07WarmMedianSeconds = national.Warm,
            largestProvinceColdSeconds = province.Cold,
            largestProvinceWarmMedianSeconds = province.Warm,
            smallestProvinceWarmMedianSeconds = smallProvince.Warm,
            databaseMegabytes = new FileInfo(database).Length / 1e6,
            peakWorkingSetMegabytes = process.PeakWorkingSet64 / 1e6,
        }));
        if (!args.Contains("--keep"))
        {
            Directory.Delete(directory, recursive: true);
        }

        return 0;
    }

    /// <summary>The first N lines of the register as an .xlsx (numbers as number cells), imported into a database of its own.</summary>
    private static async Task<double> XlsxImportAsync(string directory, string register, int cases, TimeProvider time)
    {
        var sheet = new Thads.Enforcement.Statistics.Export.XlsxSheet();
        var row = 0;
        foreach (var line in File.ReadLines(register).Take(cases + 1))
        {
            row++;
            var cells = line.Split(',');
            for (var c = 0; c < cells.Length; c++)
            {
                sheet.Set(row, c + 1, row > 1 && c == 8 ? decimal.Parse(cells[c], System.Globalization.CultureInfo.InvariantCulture) : cells[c]);
            }
        }

        var path = Path.Combine(directory, "register.xlsx");
        await File.WriteAllBytesAsync(path, sheet.ToBytes());
        var contexts = new BenchContexts(ThadsDatabase.Sqlite($"Data Source={Path.Combine(directory, "xlsx.db")}"));
        await new ThadsDatabaseInitializer(contexts, new CalendarSeeder(contexts, time)).InitializeAsync();
        await NationalOrganisation.Full.EnsureAsync(contexts);
        var watch = Stopwatch.StartNew();
        var result = await new RegisterImporter(contexts, time).ImportAsync(path, new RegisterImportOptions("benchmark"));
        watch.Stop();
        return result.Imported == cases ? watch.Elapsed.TotalSeconds : throw new InvalidOperationException($"xlsx import: {result.Imported} of {cases}");
    }

    private static async Task<(double Cold, double Warm)> TimeAsync(Func<Task> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        var cold = watch.Elapsed.TotalSeconds;
        var warm = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            watch.Restart();
            await run();
            warm.Add(watch.Elapsed.TotalSeconds);
        }

        return (cold, warm.Order().ElementAt(2));
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    private sealed class BenchContexts(DbContextOptions<ThadsDbContext> options) : IDbContextFactory<ThadsDbContext>
    {
        public ThadsDbContext CreateDbContext() => new(options);
    }
}
