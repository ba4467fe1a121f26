using System.Collections.Concurrent;

namespace Thads.Workflows.Scripting;

/// <summary>
/// Lends hardened engines to concurrent callers. An engine serves one evaluation at a time; idle engines are
/// kept up to a bound, broken ones are dropped, and every engine is retired after a number of evaluations so
/// that anything an evaluation might leave behind inside Jint cannot accumulate without limit.
/// </summary>
internal sealed class SandboxEnginePool
{
    private readonly ScriptLimits _limits;
    private readonly int _maxIdle;
    private readonly int _maxEvaluationsPerEngine;
    private readonly ConcurrentBag<SandboxEngine> _idle = [];
    private int _idleCount;

    public SandboxEnginePool(ScriptLimits limits, int maxIdle, int maxEvaluationsPerEngine)
    {
        _limits = limits;
        _maxIdle = maxIdle;
        _maxEvaluationsPerEngine = maxEvaluationsPerEngine;
    }

    public SandboxEngine Rent()
    {
        if (_idle.TryTake(out var engine))
        {
            Interlocked.Decrement(ref _idleCount);
            return engine;
        }

        return new SandboxEngine(_limits);
    }

    public void Return(SandboxEngine engine)
    {
        if (engine.IsBroken || engine.Evaluations >= _maxEvaluationsPerEngine)
        {
            return;
        }

        if (Interlocked.Increment(ref _idleCount) > _maxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            return;
        }

        _idle.Add(engine);
    }
}
