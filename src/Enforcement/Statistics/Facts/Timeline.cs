using System.Globalization;
using System.Text;

namespace Thads.Enforcement.Statistics.Facts;

/// <summary>
/// The dated events of one case, kept in date order (events of one day in the order they happened), stored in the
/// fact row as compact text so a report reads one row per case and no event table:
/// <c>yyyyMMdd</c> + a letter + an optional signed amount, separated by spaces, e.g.
/// <c>20170110H 20170115$1500000 20170301W 20170502X</c>. State letters: <see cref="StatStates.Letter"/>;
/// <c>$</c> executed money, <c>G</c> reduced, <c>A</c> amount change.
/// </summary>
public static class Timeline
{
    public const int MaxLength = 4000;

    public static string Encode(IEnumerable<StatEvent> events)
    {
        var text = new StringBuilder();
        foreach (var e in events.OrderBy(e => e.Date))
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(e.Date.ToString(CultureInfo.InvariantCulture));
            switch (e.Kind)
            {
                case StatEventKind.State:
                    text.Append(e.State.Letter());
                    break;
                case StatEventKind.Executed:
                    text.Append('$').Append(e.Amount.ToString(CultureInfo.InvariantCulture));
                    break;
                case StatEventKind.Reduced:
                    text.Append('G').Append(e.Amount.ToString(CultureInfo.InvariantCulture));
                    break;
                case StatEventKind.AmountChange:
                    text.Append('A').Append(e.Amount.ToString(CultureInfo.InvariantCulture));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Decodes into <paramref name="into"/> (cleared first), without allocating per event.</summary>
    /// <exception cref="FormatException">The text is not a timeline.</exception>
    public static void Decode(ReadOnlySpan<char> text, List<StatEvent> into)
    {
        into.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            if (i + 9 > text.Length)
            {
                throw new FormatException($"Timeline event cut short at {i}.");
            }

            var date = 0;
            for (var k = 0; k < 8; k++)
            {
                var digit = text[i + k] - '0';
                if ((uint)digit > 9)
                {
                    throw new FormatException($"Timeline date expected at {i}.");
                }

                date = date * 10 + digit;
            }

            var letter = text[i + 8];
            i += 9;
            var start = i;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
            }

            var amountText = text[start..i];
            switch (letter)
            {
                case '$':
                    into.Add(StatEvent.Executed(date, ParseAmount(amountText)));
                    break;
                case 'G':
                    into.Add(StatEvent.Reduced(date, ParseAmount(amountText)));
                    break;
                case 'A':
                    into.Add(StatEvent.AmountChange(date, ParseAmount(amountText)));
                    break;
                default:
                    if (!StatStates.TryFromLetter(letter, out var state) || amountText.Length > 0)
                    {
                        throw new FormatException($"Unknown timeline event '{letter}' at {start - 1}.");
                    }

                    into.Add(StatEvent.To(date, state));
                    break;
            }
        }
    }

    public static List<StatEvent> Decode(string text)
    {
        var list = new List<StatEvent>();
        Decode(text.AsSpan(), list);
        return list;
    }

    private static long ParseAmount(ReadOnlySpan<char> text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw new FormatException($"Timeline amount '{text.ToString()}' is not a number.");
}
