using System.Globalization;
using System.Text;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Closing;

/// <summary>
/// Keeps closed periods closed. Given the stored shape of a case (what closed reports were computed from), the new
/// shape from its source, and the date through which its unit is closed, returns the shape to store: the stored
/// events up to the closed date unchanged, then — on the day after it — dated corrections bringing the case to
/// where the new data says it was on the closed date (state, money executed, reduced, amount), then the new events
/// after it. Every report up to the closed date therefore reads exactly as before, and the late change appears in
/// the next period, as the issue asks ("recorded as dated adjustments appearing in the next period").
/// </summary>
public static class FactFreezer
{
    public static FrozenShape Freeze(FactShape? stored, FactShape incoming, int closedThrough)
    {
        if (closedThrough == 0)
        {
            return new FrozenShape(incoming, null);
        }

        var effective = StatDate.NextDay(closedThrough);
        if (stored is null || stored.AcceptedOn > closedThrough)
        {
            return FreezeUnseen(incoming, closedThrough, effective);
        }

        var before = Summary.Of(stored, closedThrough);
        var after = Summary.Of(incoming, closedThrough);
        var corrections = new List<StatEvent>();
        var notes = new List<string>();
        if (incoming.AcceptedOn <= closedThrough && after.Base != before.Base)
        {
            corrections.Add(StatEvent.AmountChange(effective, after.Base - before.Base));
            notes.Add($"số tiền phải thi hành {Signed(after.Base - before.Base)} đ");
        }

        if (after.Executed != before.Executed)
        {
            corrections.Add(StatEvent.Executed(effective, after.Executed - before.Executed));
            notes.Add($"tiền đã thi hành {Signed(after.Executed - before.Executed)} đ");
        }

        if (after.Reduced != before.Reduced)
        {
            corrections.Add(StatEvent.Reduced(effective, after.Reduced - before.Reduced));
            notes.Add($"miễn, giảm {Signed(after.Reduced - before.Reduced)} đ");
        }

        var newState = incoming.AcceptedOn > closedThrough ? StatState.Removed : after.State;
        if (newState != before.State)
        {
            corrections.Add(StatEvent.To(effective, newState));
            notes.Add($"trạng thái tại ngày {StatDate.Display(closedThrough)}: {before.State.Label()} → {newState.Label()}");
        }

        var events = stored.Events.Where(e => e.Date <= closedThrough)
            .Concat(corrections)
            .Concat(incoming.Events.Where(e => e.Date > closedThrough))
            .ToList();
        if (incoming.AcceptedOn > closedThrough)
        {
            // Now said to be accepted after the closed date, though closed reports counted it: it leaves on the day
            // after, and comes back when it is accepted.
            events.Add(StatEvent.To(incoming.AcceptedOn, StatState.InProgress));
            events = events.OrderBy(e => e.Date).ToList();
        }

        var shape = new FactShape(stored.AcceptedOn, stored.Amount, events);
        return new FrozenShape(shape, notes.Count == 0 ? null : Describe(closedThrough, effective, notes));
    }

    /// <summary>A case the closed reports never counted but whose data reaches into the closed period: it starts on the day after.</summary>
    private static FrozenShape FreezeUnseen(FactShape incoming, int closedThrough, int effective)
    {
        if (incoming.AcceptedOn > closedThrough && incoming.Events.All(e => e.Date > closedThrough))
        {
            return new FrozenShape(incoming, null);
        }

        var events = incoming.Events.Select(e => e.Date <= closedThrough ? e with { Date = effective } : e).ToList();
        var shape = new FactShape(Math.Max(incoming.AcceptedOn, effective), incoming.Amount, events);
        var notes = new List<string>();
        if (incoming.AcceptedOn <= closedThrough)
        {
            notes.Add($"thụ lý ngày {StatDate.Display(incoming.AcceptedOn)} tính là thụ lý từ {StatDate.Display(effective)}");
        }

        var moved = incoming.Events.Count(e => e.Date <= closedThrough);
        if (moved > 0)
        {
            notes.Add($"{moved} diễn biến trước ngày chốt tính vào ngày {StatDate.Display(effective)}");
        }

        return new FrozenShape(shape, Describe(closedThrough, effective, notes));
    }

    private static string Describe(int closedThrough, int effective, List<string> notes) =>
        new StringBuilder($"Kỳ đã chốt đến {StatDate.Display(closedThrough)}; điều chỉnh tính từ {StatDate.Display(effective)}: ")
            .AppendJoin("; ", notes).ToString();

    private static string Signed(long amount) =>
        (amount > 0 ? "+" : "") + amount.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>Where the case stood at the end of a day: state, amount owed at acceptance plus changes, money executed and reduced.</summary>
    private readonly record struct Summary(StatState State, long Base, long Executed, long Reduced)
    {
        public static Summary Of(FactShape shape, int through)
        {
            var state = StatState.InProgress;
            long amount = shape.Amount, executed = 0, reduced = 0;
            foreach (var e in shape.Events)
            {
                if (e.Date > through)
                {
                    break;
                }

                switch (e.Kind)
                {
                    case StatEventKind.State:
                        state = e.State;
                        break;
                    case StatEventKind.Executed:
                        executed += e.Amount;
                        break;
                    case StatEventKind.Reduced:
                        reduced += e.Amount;
                        break;
                    case StatEventKind.AmountChange:
                        amount += e.Amount;
                        break;
                }
            }

            return new Summary(state, amount, executed, reduced);
        }
    }
}
