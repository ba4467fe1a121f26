using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Thads.Workflows.Scripting;
using Xunit;

namespace Thads.Workflows.Tests.Scripting;

public sealed class ConcurrentEvaluationTests
{
    private readonly JintScriptRunner _runner = new();

    [Fact]
    public void Concurrent_evaluations_each_see_only_their_own_variables()
    {
        var wrong = new ConcurrentBag<string>();

        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var variables = ScriptVariables.Of(("amount", i), ("hoTen", $"Người {i}"));

            if (_runner.EvaluateCondition("amount % 2 === 0", variables) != (i % 2 == 0))
            {
                wrong.Add($"condition {i}");
            }

            var result = _runner.Run("var doubled = amount * 2; execution.setVariable('ketQua', hoTen + ':' + doubled); doubled", variables);
            if (result.Value!.GetValue<long>() != 2L * i || result.Changes["ketQua"]!.GetValue<string>() != $"Người {i}:{2 * i}")
            {
                wrong.Add($"script {i}");
            }
        });

        Assert.Empty(wrong);
    }

    [Fact]
    public void Failures_and_leak_attempts_on_other_threads_do_not_disturb_healthy_evaluations()
    {
        var wrong = new ConcurrentBag<string>();
        string[] hostile = ["while (true) {}", "Object.prototype.x = 1", "var leak = 1; globalThis.z = 2", "function f() { return f(); } f()", "throw new Error('x')"];

        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 10 == 0)
            {
                try
                {
                    _runner.Run(hostile[(i / 10) % hostile.Length], ScriptVariables.None);
                }
                catch (ScriptException)
                {
                    // expected for most of them; the point is what the others see meanwhile
                }

                return;
            }

            var variables = ScriptVariables.Of(("amount", JsonValue.Create(i)));
            if (!_runner.EvaluateCondition($"amount === {i} && ({{}}).x === undefined && typeof leak === 'undefined' && typeof z === 'undefined'", variables))
            {
                wrong.Add($"evaluation {i}");
            }
        });

        Assert.Empty(wrong);
    }
}
