namespace Thads.Host.Demo;

/// <summary>How many cases went through the engine (<see cref="Driven"/>) and how many were copied from them, and how long it took.</summary>
public sealed record DemoGenerationResult(int Driven, int Copied, TimeSpan DrivingTime, TimeSpan Elapsed);
