using System.Globalization;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Demo;

/// <summary>
/// A realistic random national register: cases spread over the offices of a <see cref="NationalOrganisation"/>
/// (big cities heavier), accepted between two dates, with the usual paths — verified with or without conditions,
/// paid in instalments and completed, terminated, postponed and continued, suspended, delegated, taken over — each
/// step dated after the previous one and never after <c>asOf</c>. The same seed gives the same register.
/// </summary>
public static class SyntheticRegister
{
    private static readonly JudgmentType[] Judgments =
        [JudgmentType.Civil, JudgmentType.Civil, JudgmentType.Civil, JudgmentType.Criminal, JudgmentType.Criminal, JudgmentType.MarriageAndFamily,
         JudgmentType.BusinessCommercial, JudgmentType.Administrative, JudgmentType.Labour, JudgmentType.Bankruptcy, JudgmentType.Arbitration, JudgmentType.Other];

    public static IEnumerable<SyntheticCase> Generate(Random random, NationalOrganisation organisation, int count, DateOnly from, DateOnly asOf)
    {
        var offices = organisation.Offices().ToList();
        // Zipf-like province sizes: Hà Nội and Hồ Chí Minh first; the provincial office itself holds fewer cases.
        var weights = offices.Select(o => (o.UnitCode.Contains('-') ? 1.0 : 0.4) / Math.Sqrt(int.Parse(o.UnitCode.AsSpan(1, 2), CultureInfo.InvariantCulture))).ToArray();
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }

        var span = asOf.DayNumber - from.DayNumber;
        for (var i = 1; i <= count; i++)
        {
            var office = offices[Pick(cumulative, random.NextDouble() * sum)];
            var accepted = DateOnly.FromDayNumber(from.DayNumber + random.Next(span + 1));
            var path = random.NextDouble() < 0.45 ? IntakePath.ExOfficio : IntakePath.OnRequest;
            var obligation = path == IntakePath.ExOfficio
                ? (random.NextDouble() < 0.7 ? ObligationKind.CourtFee : ObligationKind.Fine)
                : ObligationKind.Private;
            var c = new SyntheticCase
            {
                UnitCode = office.UnitCode,
                CaseNumber = $"{i}/{accepted.Year}/QĐ-THA",
                Executor = random.NextDouble() < 0.92 ? office.Executors[random.Next(office.Executors.Length)] : null,
                Acceptance = random.NextDouble() < 0.04 ? AcceptanceKind.ReceivedByDelegation : AcceptanceKind.New,
                AcceptedOn = accepted,
                IntakePath = path,
                JudgmentType = Judgments[random.Next(Judgments.Length)],
                ObligationKind = obligation,
                Amount = Amount(random),
            };
            Evolve(random, c, asOf);
            yield return c;
        }
    }

    private static long Amount(Random random)
    {
        if (random.NextDouble() < 0.08)
        {
            return 0;
        }

        // Log-normal around 15 million VND; most decisions are in whole thousands.
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var amount = (long)Math.Min(Math.Exp(16.5 + 1.7 * normal), 5e12);
        return random.NextDouble() < 0.8 ? Math.Max(1000, amount / 1000 * 1000) : Math.Max(1, amount);
    }

    private static void Evolve(Random random, SyntheticCase c, DateOnly asOf)
    {
        var day = c.AcceptedOn;
        var owed = c.Amount;

        bool Step(int minDays, int maxDays, out DateOnly date)
        {
            date = day.AddDays(random.Next(minDays, maxDays + 1));
            if (date > asOf)
            {
                return false;
            }

            day = date;
            return true;
        }

        void Pay(DateOnly date, long amount)
        {
            if (amount > 0)
            {
                c.Collected.Add((date, amount));
                owed -= amount;
            }
        }

        if (random.NextDouble() < 0.06 || !Step(10, 90, out var verified))
        {
            return;
        }

        var hasConditions = random.NextDouble() < 0.72;
        if (!hasConditions)
        {
            c.Conditions.Add((verified, false));
            if (random.NextDouble() > 0.25 || !Step(150, 400, out var found))
            {
                return;
            }

            c.Conditions.Add((found, true));
        }

        var roll = random.NextDouble();
        if (roll < 0.05)
        {
            if (Step(5, 60, out var postponed))
            {
                c.History.Add((postponed, StatState.Postponed));
                if (random.NextDouble() < 0.6 && Step(30, 120, out var resumed))
                {
                    c.History.Add((resumed, StatState.InProgress));
                }
                else
                {
                    return;
                }
            }
        }
        else if (roll < 0.07)
        {
            if (Step(5, 60, out var suspended))
            {
                c.History.Add((suspended, StatState.Suspended));
            }

            return;
        }
        else if (roll < 0.09)
        {
            if (Step(5, 60, out var other))
            {
                c.History.Add((other, StatState.Other));
            }

            return;
        }

        if (owed > 0 && random.NextDouble() < 0.4 && Step(5, 60, out var first))
        {
            Pay(first, owed / (2 + random.Next(3)));
        }

        roll = random.NextDouble();
        if (roll < 0.04)
        {
            if (Step(5, 90, out var delegated))
            {
                c.DelegatedOn = delegated;
            }
        }
        else if (roll < 0.045)
        {
            if (Step(5, 90, out var takenOver))
            {
                c.History.Add((takenOver, StatState.Removed));
            }
        }
        else if (roll < 0.11)
        {
            if (Step(10, 200, out var terminated))
            {
                if (c.ObligationKind != ObligationKind.Private && owed > 0 && random.NextDouble() < 0.5)
                {
                    c.Reduced.Add((terminated, owed));
                }

                c.History.Add((terminated, StatState.Terminated));
            }
        }
        else if (roll < 0.78)
        {
            if (Step(10, 240, out var completed))
            {
                if (c.ObligationKind != ObligationKind.Private && owed > 1000 && random.NextDouble() < 0.1)
                {
                    var reduction = owed / 2;
                    c.Reduced.Add((completed, reduction));
                    owed -= reduction;
                }

                Pay(completed, owed);
                c.History.Add((completed, StatState.Completed));
            }
        }
    }

    private static int Pick(double[] cumulative, double value)
    {
        var index = Array.BinarySearch(cumulative, value);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
