namespace Thads.Host.Demo;

/// <summary>One thing a person does on a demo case at a given moment of the demo history.</summary>
/// <param name="At">When, in the demo clock's time.</param>
/// <param name="Case">The case's number, for error messages.</param>
/// <param name="What">What is done, for error messages.</param>
/// <param name="Run">The step itself; the clock has been moved to <paramref name="At"/> when it runs.</param>
public sealed record DemoStep(DateTimeOffset At, string Case, string What, Func<CancellationToken, Task> Run);
