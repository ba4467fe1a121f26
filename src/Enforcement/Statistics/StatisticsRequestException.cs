namespace Thads.Enforcement.Statistics;

/// <summary>A report or statistics command asked for something that does not exist; the message is Vietnamese and names the field.</summary>
public sealed class StatisticsRequestException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
