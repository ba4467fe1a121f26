using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Thads.Workflows.Timing;

/// <summary>
/// An ISO 8601 repeating interval as used by BPMN <c>timeCycle</c>: <c>R[n]/duration</c>,
/// <c>R[n]/start/duration</c> or <c>R[n]/duration/end</c>. <c>R</c> without a count repeats without bound.
/// <para>
/// Occurrences follow Camunda's reading: with a start date the first occurrence is the start itself and then
/// every interval after it; without one the first occurrence is one interval after the timer was created.
/// An end date stops the series (an occurrence exactly at the end still fires). The k-th occurrence is the
/// anchor plus k times the interval, so a monthly cycle from 31 January fires on 28/29 February and then on
/// 31 March again rather than drifting to the 28th.
/// </para>
/// </summary>
public sealed record IsoCycle
{
    private IsoCycle(int? repetitions, DateTimeOffset? start, IsoDuration interval, DateTimeOffset? end)
    {
        Repetitions = repetitions;
        Start = start;
        Interval = interval;
        End = end;
    }

    /// <summary>How many times the timer fires in total, or null for an unbounded cycle (<c>R/…</c>).</summary>
    public int? Repetitions { get; }

    public bool IsUnbounded => Repetitions is null;

    public DateTimeOffset? Start { get; }

    public IsoDuration Interval { get; }

    public DateTimeOffset? End { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out IsoCycle? cycle) => TryParse(text, IsoDate.DefaultOffset, out cycle);

    /// <param name="text">The cycle text.</param>
    /// <param name="offsetWhenMissing">The offset given to a start or end date written without one.</param>
    /// <param name="cycle">The cycle when the text is valid.</param>
    public static bool TryParse(string? text, TimeSpan offsetWhenMissing, [NotNullWhen(true)] out IsoCycle? cycle)
    {
        cycle = null;
        var parts = text?.Trim().Split('/');
        if (parts is not { Length: 2 or 3 } || !TryReadRepetitions(parts[0], out var repetitions))
        {
            return false;
        }

        IsoDuration interval;
        DateTimeOffset? start = null;
        DateTimeOffset? end = null;
        if (parts.Length == 2)
        {
            if (!IsoDuration.TryParse(parts[1], out interval))
            {
                return false;
            }
        }
        else if (parts[1].StartsWith('P'))
        {
            if (!IsoDuration.TryParse(parts[1], out interval) || !IsoDate.TryParse(parts[2], offsetWhenMissing, out var endDate))
            {
                return false;
            }

            end = endDate;
        }
        else
        {
            if (!IsoDate.TryParse(parts[1], offsetWhenMissing, out var startDate) || !IsoDuration.TryParse(parts[2], out interval))
            {
                return false;
            }

            start = startDate;
        }

        // A zero interval would fire the whole series at once, or forever at the same instant.
        if (interval.IsZero)
        {
            return false;
        }

        cycle = new IsoCycle(repetitions, start, interval, end);
        return true;
    }

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/>, or null when the series is over
    /// (all repetitions used, past the end date, or beyond the year 9999).
    /// </summary>
    /// <param name="after">Usually the current time, or the time the timer last fired.</param>
    /// <param name="timerCreated">When the timer was created; the anchor of a cycle without a start date.</param>
    public DateTimeOffset? NextAfter(DateTimeOffset after, DateTimeOffset timerCreated)
    {
        var anchor = Start ?? timerCreated;
        var firstIndex = Start is null ? 1 : 0;
        var index = Math.Max(firstIndex, EstimateIndex(anchor, after));
        while (true)
        {
            if (Repetitions is { } count && index - firstIndex >= count)
            {
                return null;
            }

            if (!TryOccurrence(anchor, index, out var occurrence) || occurrence > End)
            {
                return null;
            }

            if (occurrence > after)
            {
                return occurrence;
            }

            index++;
        }
    }

    public override string ToString()
    {
        var repeat = Repetitions is { } count ? "R" + count.ToString(CultureInfo.InvariantCulture) : "R";
        return (Start, End) switch
        {
            ({ } start, _) => $"{repeat}/{start:yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz}/{Interval}",
            (_, { } end) => $"{repeat}/{Interval}/{end:yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz}",
            _ => $"{repeat}/{Interval}",
        };
    }

    private static bool TryReadRepetitions(string text, out int? repetitions)
    {
        repetitions = null;
        if (text.Length == 0 || text[0] != 'R')
        {
            return false;
        }

        if (text.Length == 1)
        {
            return true;
        }

        // R0 is legal ISO but a timer that never fires is almost certainly a mistake in a process model.
        if (!text[1..].All(char.IsAsciiDigit)
            || !int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count == 0)
        {
            return false;
        }

        repetitions = count;
        return true;
    }

    /// <summary>
    /// A first guess of the occurrence index near <paramref name="after"/> that never overshoots the answer, so
    /// that a cycle anchored long ago is not walked one interval at a time. The caller steps forward from here.
    /// </summary>
    private int EstimateIndex(DateTimeOffset anchor, DateTimeOffset after)
    {
        if (after <= anchor)
        {
            return 0;
        }

        // Reading every year and month at its longest makes k intervals at least as long as the estimate,
        // so the occurrence at the guessed index is never later than the one asked for.
        // Doubles because the longest reading of a huge interval can exceed the long range of ticks.
        var longestDays = (Interval.Years * 366.0) + (Interval.Months * 31.0) + Interval.WholeDays;
        var longestTicks = (longestDays * TimeSpan.TicksPerDay) + Interval.TimePart.Ticks;
        var guess = Math.Floor((after - anchor).Ticks / longestTicks) - 1;
        return (int)Math.Clamp(guess, 0, int.MaxValue);
    }

    private bool TryOccurrence(DateTimeOffset anchor, int index, out DateTimeOffset occurrence)
    {
        occurrence = default;
        return Interval.TryMultiply(index, out var offset) && offset.TryAddTo(anchor, out occurrence);
    }
}
