using System.Diagnostics;
using System.Text.Json.Nodes;
using Thads.Workflows.Scripting;
using Xunit;
using Xunit.Abstractions;

namespace Thads.Workflows.Tests.Scripting;

/// <summary>
/// Prints the cost of typical evaluations (visible with <c>--logger "console;verbosity=detailed"</c>). It asserts
/// results only: timing depends on the machine, so it is reported, never enforced.
/// </summary>
public sealed class ScriptPerformanceMeasurements
{
    private const int Iterations = 50_000;

    private readonly ITestOutputHelper _output;
    private readonly JintScriptRunner _runner = new();
    private readonly Dictionary<string, JsonNode?> _variables = ScriptVariables.Of(
        ("amount", 6_000_000),
        ("approved", true),
        ("hoTen", "Nguyễn Văn A"),
        ("order", JsonNode.Parse("""{ "items": [ { "price": 100 }, { "price": 200 } ], "total": 300 }""")),
        ("count", 3));

    public ScriptPerformanceMeasurements(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Simple_conditions_with_five_variables_are_evaluated_many_times_with_correct_results()
    {
        Assert.True(Measure("amount > 5000000", () => _runner.EvaluateCondition("amount > 5000000", _variables)));
        Assert.True(Measure("approved === true", () => _runner.EvaluateCondition("approved === true", _variables)));
        Assert.True(Measure("order.total > 100 && count < 5", () => _runner.EvaluateCondition("order.total > 100 && count < 5", _variables)));
    }

    [Fact]
    public void Script_tasks_are_run_many_times_with_correct_results()
    {
        var result = Measure(
            "script task with setVariable",
            () => _runner.Run("const t = order.items.reduce((s, i) => s + i.price, 0); execution.setVariable('total', t); t", _variables));

        Assert.Equal(300L, result.Changes["total"]!.GetValue<long>());
    }

    private T Measure<T>(string label, Func<T> evaluate)
    {
        var result = evaluate();
        for (var i = 0; i < Iterations / 10; i++)
        {
            evaluate();
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Iterations; i++)
        {
            result = evaluate();
        }

        watch.Stop();
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Iterations;
        _output.WriteLine($"{label}: {watch.Elapsed.TotalMicroseconds / Iterations:F2} µs and {allocated} bytes per evaluation");
        return result;
    }
}
