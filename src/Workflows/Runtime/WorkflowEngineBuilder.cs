using Microsoft.EntityFrameworkCore;
using Thads.Workflows.Activities;
using Thads.Workflows.Parsing;
using Thads.Workflows.Persistence;
using Thads.Workflows.Runtime.Execution;
using Thads.Workflows.Scripting;

namespace Thads.Workflows.Runtime;

/// <summary>Assembles a <see cref="WorkflowEngine"/>: the store, clock, calendar, activities and observers.</summary>
public sealed class WorkflowEngineBuilder
{
    private readonly List<IWorkflowObserver> _observers = [];
    private IWorkflowStore? _store;
    private IWorkflowClock _clock = new SystemWorkflowClock();
    private IWorkingDayCalendar _calendar = WeekendOnlyCalendar.Instance;
    private ActivityRegistry _activities = new();
    private IServiceProvider _services = EmptyServiceProvider.Instance;
    private IScriptRunner? _scripts;
    private IWorkflowTimerScheduler? _timers;
    private BpmnParserOptions? _parserOptions;
    private int _maxSteps = 100_000;

    /// <summary>Keeps everything in process memory (CLI, tests, benchmarks). Ended instances can be dropped to save memory.</summary>
    public WorkflowEngineBuilder UseInMemoryStore(bool keepHistory = true)
    {
        _store = new InMemoryWorkflowStore { KeepHistory = keepHistory };
        return this;
    }

    /// <summary>Keeps everything in a database through EF Core (SQLite or PostgreSQL options).</summary>
    public WorkflowEngineBuilder UseDatabase(DbContextOptions<WorkflowDbContext> options)
    {
        _store = new EfWorkflowStore(options);
        return this;
    }

    public WorkflowEngineBuilder UseClock(IWorkflowClock clock)
    {
        _clock = clock;
        return this;
    }

    public WorkflowEngineBuilder UseCalendar(IWorkingDayCalendar calendar)
    {
        _calendar = calendar;
        return this;
    }

    public WorkflowEngineBuilder UseActivities(ActivityRegistry activities)
    {
        _activities = activities;
        return this;
    }

    /// <summary>The services custom activities may ask for in their constructors.</summary>
    public WorkflowEngineBuilder UseServices(IServiceProvider services)
    {
        _services = services;
        return this;
    }

    public WorkflowEngineBuilder UseScriptRunner(IScriptRunner scripts)
    {
        _scripts = scripts;
        return this;
    }

    public WorkflowEngineBuilder UseParserOptions(BpmnParserOptions options)
    {
        _parserOptions = options;
        return this;
    }

    /// <summary>How many steps one stimulus may take before the engine calls it a loop and raises an incident.</summary>
    public WorkflowEngineBuilder LimitStepsPerStimulus(int steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        _maxSteps = steps;
        return this;
    }

    /// <summary>The alarm clock that is told about timers after each commit (see <see cref="IWorkflowTimerScheduler"/>).</summary>
    public WorkflowEngineBuilder UseTimerScheduler(IWorkflowTimerScheduler timers)
    {
        _timers = timers;
        return this;
    }

    public WorkflowEngineBuilder AddObserver(IWorkflowObserver observer)
    {
        _observers.Add(observer);
        return this;
    }

    public WorkflowEngine Build()
    {
        var context = new EngineContext
        {
            Store = _store ?? new InMemoryWorkflowStore(),
            Scripts = _scripts ?? new JintScriptRunner(),
            Activities = _activities,
            ActivityFactory = new ServiceProviderActivityFactory(_services),
            Clock = _clock,
            Calendar = _calendar,
            Services = _services,
            Parser = new BpmnParser(_parserOptions),
            MaxStepsPerStimulus = _maxSteps,
        };
        return new WorkflowEngine(context, _observers.ToList(), _timers);
    }
}
