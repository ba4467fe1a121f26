using System.Diagnostics;

namespace Thads.Benchmarks;

/// <summary>
/// Concurrent users against a running application: each signs in once, then requests the pages in turn without
/// pause for the duration; the first seconds are not recorded (connections, caches, JIT).
/// </summary>
public static class WebLoadBenchmark
{
    public static async Task<IReadOnlyList<LatencySummary>> RunAsync(WebLoadOptions options, CancellationToken cancellationToken = default)
    {
        var sessions = new List<WebSession>();
        foreach (var account in Enumerable.Range(0, options.Users).Select(i => options.Accounts[i % options.Accounts.Count]))
        {
            sessions.Add(await WebSession.SignInAsync(options, account, cancellationToken));
        }

        var recorder = new LatencyRecorder();
        var clock = Stopwatch.StartNew();
        var end = options.WarmUp + options.Duration;
        await Task.WhenAll(sessions.Select((session, index) => Task.Run(async () =>
        {
            var random = new Random(index);
            for (var turn = 0; clock.Elapsed < end; turn++)
            {
                var template = options.Paths[turn % options.Paths.Count];
                if (template.Contains("{case}", StringComparison.Ordinal) && session.CaseIds.Count == 0)
                {
                    continue;
                }

                var path = template.Contains("{case}", StringComparison.Ordinal)
                    ? template.Replace("{case}", session.CaseIds[random.Next(session.CaseIds.Count)].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    : template;
                var started = Stopwatch.GetTimestamp();
                var ok = await session.GetAsync(path, cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (clock.Elapsed < options.WarmUp)
                {
                    continue;
                }

                if (ok)
                {
                    recorder.Record(template, elapsed);
                }
                else
                {
                    recorder.Fail(template);
                }
            }
        }, cancellationToken)));

        sessions.ForEach(s => s.Dispose());
        return recorder.Summaries(options.Duration);
    }
}
