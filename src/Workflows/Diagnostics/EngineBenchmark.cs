using System.Diagnostics;
using Thads.Workflows.Activities;
using Thads.Workflows.Persistence;
using Thads.Workflows.Runtime;

namespace Thads.Workflows.Diagnostics;

/// <summary>
/// Measures end-to-end throughput: each instance is started and its user tasks are completed as they
/// appear, until it ends. Several workers run instances side by side. A short warm-up is not counted.
/// </summary>
public static class EngineBenchmark
{
    public static async Task<EngineBenchmarkResult> RunAsync(EngineBenchmarkOptions options, ActivityRegistry? activities = null, CancellationToken cancellationToken = default)
    {
        var temporaryDirectory = options.Store == "sqlite" && options.SqlitePath is null
            ? Directory.CreateTempSubdirectory("thads-bench-").FullName
            : null;
        try
        {
            var builder = new WorkflowEngineBuilder().UseActivities(activities ?? new ActivityRegistry());
            builder = options.Store switch
            {
                "memory" => builder.UseInMemoryStore(keepHistory: false),
                "sqlite" => builder.UseDatabase(WorkflowDatabase.Sqlite($"Data Source={options.SqlitePath ?? Path.Combine(temporaryDirectory!, "bench.db")}")),
                _ => throw new ArgumentException($"Unknown store '{options.Store}': use memory or sqlite.", nameof(options)),
            };
            var engine = builder.Build();
            await engine.InitializeAsync(cancellationToken);
            var deployment = await engine.DeployAsync(options.BpmnXml, options.FileName, "benchmark", cancellationToken);
            if (!deployment.IsValid)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, deployment.Problems));
            }

            var key = options.ProcessKey ?? deployment.Definitions.Single().Key;
            var warmUp = Math.Min(200, Math.Max(1, options.Instances / 10));
            await RunManyAsync(engine, key, warmUp, options, cancellationToken);

            var watch = Stopwatch.StartNew();
            var userTasks = await RunManyAsync(engine, key, options.Instances, options, cancellationToken);
            watch.Stop();

            var incidents = (await engine.QueryIncidentsAsync(cancellationToken: cancellationToken)).Count;
            var seconds = watch.Elapsed.TotalSeconds;
            return new EngineBenchmarkResult(options.Instances, Math.Round(seconds, 3), Math.Round(options.Instances / seconds, 1), options.Store,
                options.Workers, userTasks, incidents);
        }
        finally
        {
            if (temporaryDirectory is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(temporaryDirectory, recursive: true);
            }
        }
    }

    private static async Task<long> RunManyAsync(WorkflowEngine engine, string key, int count, EngineBenchmarkOptions options, CancellationToken cancellationToken)
    {
        var next = -1;
        long userTasks = 0;
        var workers = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                Interlocked.Add(ref userTasks, await RunOneAsync(engine, key, options, cancellationToken));
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
        return userTasks;
    }

    private static async Task<int> RunOneAsync(WorkflowEngine engine, string key, EngineBenchmarkOptions options, CancellationToken cancellationToken)
    {
        var instance = await engine.StartAsync(key, new StartOptions { Variables = options.Variables }, cancellationToken);
        var completed = 0;
        while (instance.OpenTasks.Count > 0)
        {
            instance = await engine.CompleteTaskAsync(instance.OpenTasks[0].Id, options.CompletionVariables, "benchmark", cancellationToken);
            completed++;
        }

        return completed;
    }
}
