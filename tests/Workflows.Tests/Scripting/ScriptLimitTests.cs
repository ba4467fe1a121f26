using Thads.Workflows.Scripting;
using Xunit;

namespace Thads.Workflows.Tests.Scripting;

public sealed class ScriptLimitTests
{
    private readonly JintScriptRunner _runner = new();

    [Fact]
    public void An_endless_loop_stops_at_the_statement_limit()
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run("while (true) {}", ScriptVariables.None));

        Assert.Equal("script exceeded 100000 statements", failure.Message);
    }

    [Fact]
    public void A_loop_that_outlives_the_time_limit_is_stopped()
    {
        var runner = new JintScriptRunner(new ScriptLimits { MaxStatements = int.MaxValue - 1, Timeout = TimeSpan.FromMilliseconds(200) });

        var failure = Assert.Throws<ScriptException>(() => runner.Run("while (true) {}", ScriptVariables.None));

        Assert.Equal("script exceeded the time limit of 200 ms", failure.Message);
    }

    [Fact]
    public void A_string_that_keeps_doubling_stops_at_the_memory_limit()
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run("let s = 'a'; while (true) s += s;", ScriptVariables.None));

        Assert.Equal("script exceeded the memory limit of 16777216 bytes", failure.Message);
    }

    [Theory]
    [InlineData("'x'.repeat(512 * 1024 * 1024)")]
    [InlineData("'x'.repeat(1024 * 1024 * 1024)")]
    [InlineData("'x'.padEnd(512 * 1024 * 1024)")]
    [InlineData("Array(60000).join('x'.repeat(4000000))")]
    [InlineData("'a'.repeat(1000000).replaceAll('a', 'b'.repeat(1000))")]
    public void A_gigabyte_string_is_refused_before_it_is_allocated(string script)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var failure = Assert.Throws<ScriptException>(() => _runner.Run(script, ScriptVariables.None));

        Assert.Contains("memory limit of 16777216 bytes", failure.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 256L * 1024 * 1024, "the string was allocated after all");
    }

    [Theory]
    [InlineData("new Array(1024 * 1024 * 1024).fill(0)")]
    [InlineData("Array.from({ length: 1024 * 1024 * 1024 })")]
    [InlineData("const a = []; while (true) a.push(1);")]
    public void A_huge_array_stops_at_the_array_size_limit(string script)
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run(script, ScriptVariables.None));

        Assert.Equal("script exceeded the array size limit of 100000 elements", failure.Message);
    }

    [Theory]
    [InlineData("new Uint8Array(1024 * 1024 * 1024)", "Uint8Array")]
    [InlineData("new ArrayBuffer(1024 * 1024 * 1024)", "ArrayBuffer")]
    public void Binary_buffers_that_would_allocate_outside_the_memory_limit_do_not_exist(string script, string name)
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run(script, ScriptVariables.None));

        Assert.Contains($"'{name}' is not defined", failure.Message);
    }

    [Theory]
    [InlineData("function f(n) { return f(n + 1); } f(0)")]
    [InlineData("const o = { get x() { return this.x; } }; o.x")]
    public void Deep_recursion_stops_at_the_recursion_limit(string script)
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run(script, ScriptVariables.None));

        Assert.Equal("script exceeded the recursion depth limit of 64", failure.Message);
    }

    [Fact]
    public void Catastrophic_regex_backtracking_stops_at_the_regex_time_limit()
    {
        var failure = Assert.Throws<ScriptException>(() =>
            _runner.EvaluateCondition("/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')", ScriptVariables.None));

        Assert.Equal("a regular expression exceeded the time limit of 200 ms", failure.Message);
    }

    [Fact]
    public void A_script_longer_than_the_limit_is_refused_before_parsing()
    {
        var script = "1;" + new string(' ', 64 * 1024);

        var failure = Assert.Throws<ScriptException>(() => _runner.Run(script, ScriptVariables.None));

        Assert.Equal($"script is {script.Length} characters long, more than the limit of 65536", failure.Message);
    }

    [Fact]
    public void A_syntax_error_names_the_position()
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.EvaluateCondition("amount >", ScriptVariables.None));

        Assert.Equal("SyntaxError: Unexpected end of input (line 1, column 9)", failure.Message);
    }

    [Fact]
    public void A_thrown_error_becomes_a_script_exception_with_its_message()
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run("throw new Error('Hồ sơ thiếu chữ ký')", ScriptVariables.None));

        Assert.Equal("Error: Hồ sơ thiếu chữ ký (line 1, column 7)", failure.Message);
    }

    [Fact]
    public void A_thrown_value_that_is_not_an_error_is_reported_too()
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run("throw 'dừng'", ScriptVariables.None));

        Assert.Equal("script threw: dừng (line 1, column 7)", failure.Message);
    }

    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("let s = 'a'; while (true) s += s;")]
    [InlineData("function f() { return f(); } f()")]
    [InlineData("/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')")]
    [InlineData("'x'.repeat(1024 * 1024 * 1024)")]
    [InlineData("new Array(1024 * 1024 * 1024).fill(0)")]
    [InlineData("throw new Error('x')")]
    [InlineData("}")]
    public void The_runner_keeps_working_after_a_failure(string failing)
    {
        Assert.Throws<ScriptException>(() => _runner.Run(failing, ScriptVariables.None));

        Assert.True(_runner.EvaluateCondition("amount > 5000000", ScriptVariables.Of(("amount", 6_000_000))));
    }

    [Fact]
    public void Custom_limits_are_enforced()
    {
        var runner = new JintScriptRunner(new ScriptLimits { MaxStatements = 50, MaxRecursionDepth = 5, MaxArraySize = 10 });

        Assert.Equal("script exceeded 50 statements", Assert.Throws<ScriptException>(() => runner.Run("for (let i = 0; i < 100; i++) {}", ScriptVariables.None)).Message);
        Assert.Contains("recursion depth limit of 5", Assert.Throws<ScriptException>(() => runner.Run("function f(n) { return n ? f(n - 1) : 0; } f(10)", ScriptVariables.None)).Message);
        Assert.Contains("array size limit of 10", Assert.Throws<ScriptException>(() => runner.Run("new Array(100).fill(0)", ScriptVariables.None)).Message);
    }

    [Theory]
    [InlineData(nameof(ScriptLimits.MaxStatements))]
    [InlineData(nameof(ScriptLimits.MaxMemoryBytes))]
    [InlineData(nameof(ScriptLimits.MaxRecursionDepth))]
    [InlineData(nameof(ScriptLimits.MaxArraySize))]
    [InlineData(nameof(ScriptLimits.MaxScriptLength))]
    [InlineData(nameof(ScriptLimits.Timeout))]
    [InlineData(nameof(ScriptLimits.RegexTimeout))]
    public void A_limit_of_zero_is_rejected_rather_than_meaning_unlimited(string limit)
    {
        var limits = limit switch
        {
            nameof(ScriptLimits.MaxStatements) => new ScriptLimits { MaxStatements = 0 },
            nameof(ScriptLimits.MaxMemoryBytes) => new ScriptLimits { MaxMemoryBytes = 0 },
            nameof(ScriptLimits.MaxRecursionDepth) => new ScriptLimits { MaxRecursionDepth = 0 },
            nameof(ScriptLimits.MaxArraySize) => new ScriptLimits { MaxArraySize = 0 },
            nameof(ScriptLimits.MaxScriptLength) => new ScriptLimits { MaxScriptLength = 0 },
            nameof(ScriptLimits.Timeout) => new ScriptLimits { Timeout = TimeSpan.Zero },
            _ => new ScriptLimits { RegexTimeout = TimeSpan.Zero },
        };

        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => new JintScriptRunner(limits));

        Assert.Equal(limit, failure.ParamName);
    }
}
