namespace Thads.Host.Tests.Calendar;

/// <summary>Tests that set process environment variables run alone, after all parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}
