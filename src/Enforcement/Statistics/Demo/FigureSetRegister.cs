using Thads.Enforcement.Cases;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Demo;

/// <summary>
/// A register that reproduces the Ministry's published national figures for the statistical year 2017 (domain
/// README §6.5, sets N-2017-7M and N-2017-9M) exactly, in both cumulative reports at once: 06/TK-THA to April and to
/// June 2017, and the money totals T and CO of 07/TK-THA. It is built from case fates whose counts are solved from
/// the published figures (see docs/statistics.md); everything else (units, dates, amounts, executors) is random.
/// </summary>
public static class FigureSetRegister
{
    public static readonly DateOnly YearStart = new(2016, 10, 1);
    public static readonly DateOnly April = new(2017, 4, 30);
    public static readonly DateOnly June = new(2017, 6, 30);

    /// <summary>Published carried-over cases (CO), identical in both reports [C].</summary>
    public const int CarriedOver = 290_524;

    /// <summary>Money in 1,000 VND [C]: CO, T to April, T to June.</summary>
    public const long MoneyCarriedOver = 104_473_399_784;
    public const long MoneyTotalApril = 144_833_439_017;
    public const long MoneyTotalJune = 168_182_330_867;

    private enum Fate : byte
    {
        RemovedByApril, DoneByApril, OpenThroughJune, OpenThenDone, OpenThenDelegated, OpenThenNoConditions, NoConditionsByApril,
        LateDone, LateDelegated, LateNoConditions, LateOpen,
    }

    /// <summary>
    /// Counts per fate, solved so that: to April RM 6,162, X 267,165, C − X 215,010, NC 143,250; to June RM 8,520,
    /// X 369,372, C − X 210,041, NC 148,814; new cases 341,063 to April and 446,223 to June.
    /// </summary>
    private static readonly (Fate Fate, int Count)[] Fates =
    [
        (Fate.RemovedByApril, 6_162), (Fate.DoneByApril, 267_165), (Fate.OpenThroughJune, 137_881), (Fate.OpenThenDone, 72_207),
        (Fate.OpenThenDelegated, 1_358), (Fate.OpenThenNoConditions, 3_564), (Fate.NoConditionsByApril, 143_250),
        (Fate.LateDone, 30_000), (Fate.LateDelegated, 1_000), (Fate.LateNoConditions, 2_000), (Fate.LateOpen, 72_160),
    ];

    public static int Count => Fates.Sum(f => f.Count);

    public static IEnumerable<SyntheticCase> Generate(Random random, NationalOrganisation organisation)
    {
        var offices = organisation.Offices().ToList();
        var byApril = Fates.Where(f => f.Fate < Fate.LateDone).SelectMany(f => Enumerable.Repeat(f.Fate, f.Count)).ToArray();
        var late = Fates.Where(f => f.Fate >= Fate.LateDone).SelectMany(f => Enumerable.Repeat(f.Fate, f.Count)).ToArray();
        random.Shuffle(byApril);
        random.Shuffle(late);
        var newByApril = byApril.Length - CarriedOver;
        var carriedAmounts = Amounts(random, CarriedOver, MoneyCarriedOver);
        var newAmounts = Amounts(random, newByApril, MoneyTotalApril - MoneyCarriedOver);
        var lateAmounts = Amounts(random, late.Length, MoneyTotalJune - MoneyTotalApril);

        var number = 0;
        for (var i = 0; i < byApril.Length; i++)
        {
            var carried = i < CarriedOver;
            var accepted = carried
                ? Between(random, new DateOnly(2013, 1, 1), YearStart.AddDays(-1))
                : Between(random, YearStart, April);
            var amount = carried ? carriedAmounts[i] : newAmounts[i - CarriedOver];
            yield return Case(random, offices, ++number, carried, accepted, amount, byApril[i]);
        }

        for (var i = 0; i < late.Length; i++)
        {
            yield return Case(random, offices, ++number, false, Between(random, April.AddDays(1), June), lateAmounts[i], late[i]);
        }
    }

    private static SyntheticCase Case(Random random, List<(string UnitCode, string[] Executors)> offices, int number, bool carried, DateOnly accepted, long amountThousands, Fate fate)
    {
        var office = offices[random.Next(offices.Count)];
        var c = new SyntheticCase
        {
            UnitCode = office.UnitCode,
            CaseNumber = $"{number}/{accepted.Year}/QĐ-THA",
            Executor = random.NextDouble() < 0.95 ? office.Executors[random.Next(office.Executors.Length)] : null,
            Acceptance = carried ? AcceptanceKind.CarriedOver : AcceptanceKind.New,
            AcceptedOn = accepted,
            IntakePath = random.NextDouble() < 0.45 ? IntakePath.ExOfficio : IntakePath.OnRequest,
            Amount = amountThousands * 1000,
        };
        var inYear = accepted < YearStart ? YearStart : accepted;
        var mayFirst = April.AddDays(1);
        switch (fate)
        {
            case Fate.RemovedByApril:
                c.DelegatedOn = Between(random, inYear, April);
                break;
            case Fate.DoneByApril:
                Finish(random, c, Between(random, inYear, April));
                break;
            case Fate.OpenThroughJune:
            case Fate.LateOpen:
                MaybeHold(random, c, inYear);
                break;
            case Fate.OpenThenDone:
                Finish(random, c, Between(random, mayFirst, June));
                break;
            case Fate.OpenThenDelegated:
                c.DelegatedOn = Between(random, mayFirst, June);
                break;
            case Fate.OpenThenNoConditions:
                c.Conditions.Add((Between(random, mayFirst, June), false));
                break;
            case Fate.NoConditionsByApril:
                // A carried-over case may have had its 44a decision in an earlier year.
                c.Conditions.Add((Between(random, accepted, April), false));
                break;
            case Fate.LateDone:
                Finish(random, c, Between(random, accepted, June));
                break;
            case Fate.LateDelegated:
                c.DelegatedOn = Between(random, accepted, June);
                break;
            case Fate.LateNoConditions:
                c.Conditions.Add((Between(random, accepted, June), false));
                break;
        }

        return c;
    }

    /// <summary>Completed and paid in full (nine in ten), or terminated.</summary>
    private static void Finish(Random random, SyntheticCase c, DateOnly on)
    {
        if (random.NextDouble() < 0.9)
        {
            if (c.Amount > 0)
            {
                c.Collected.Add((on, c.Amount));
            }

            c.History.Add((on, StatState.Completed));
        }
        else
        {
            c.History.Add((on, StatState.Terminated));
        }
    }

    /// <summary>Open with conditions on both report dates: sometimes postponed, suspended or "other" meanwhile.</summary>
    private static void MaybeHold(Random random, SyntheticCase c, DateOnly from)
    {
        var roll = random.NextDouble();
        var state = roll < 0.08 ? StatState.Postponed : roll < 0.11 ? StatState.Suspended : roll < 0.13 ? StatState.Other : (StatState?)null;
        if (state is { } s)
        {
            c.History.Add((Between(random, from, June), s));
        }
    }

    private static DateOnly Between(Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : DateOnly.FromDayNumber(from.DayNumber + random.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary><paramref name="count"/> positive-ish amounts in thousands summing exactly to <paramref name="total"/>.</summary>
    private static long[] Amounts(Random random, int count, long total)
    {
        var weights = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            weights[i] = Math.Exp(1.2 * normal);
            sum += weights[i];
        }

        var amounts = new long[count];
        long assigned = 0;
        for (var i = 0; i < count; i++)
        {
            amounts[i] = (long)Math.Floor(weights[i] / sum * total);
            assigned += amounts[i];
        }

        // The remainder (less than count thousands) goes one by one to the first cases.
        for (long k = 0; k < total - assigned; k++)
        {
            amounts[k % count]++;
        }

        return amounts;
    }
}
