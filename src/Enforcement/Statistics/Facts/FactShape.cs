namespace Thads.Enforcement.Statistics.Facts;

/// <summary>The time-dependent part of a fact: acceptance, amount and dated events (in date order).</summary>
public sealed record FactShape(int AcceptedOn, long Amount, IReadOnlyList<StatEvent> Events)
{
    /// <summary>The date of the final state the events end in, or null while open (<see cref="StatisticalFact.EndedOn"/>).</summary>
    public int? EndedOn
    {
        get
        {
            for (var i = Events.Count - 1; i >= 0; i--)
            {
                if (Events[i].Kind == StatEventKind.State)
                {
                    return Events[i].State.IsFinal() ? Events[i].Date : null;
                }
            }

            return null;
        }
    }

    public string Timeline => Facts.Timeline.Encode(Events);
}
