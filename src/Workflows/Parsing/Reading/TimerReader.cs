using System.Xml.Linq;
using Thads.Workflows.Model;
using Thads.Workflows.Timing;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Reads <c>timerEventDefinition</c>. Literal ISO 8601 text is checked now, so a typo fails at deployment
/// instead of when the timer is due; <c>${…}</c> expressions can only be checked by the runtime.
/// </summary>
internal static class TimerReader
{
    public const string WorkingDaysCalendar = "working-days";

    private static readonly Dictionary<string, TimerKind> Forms = new(StringComparer.Ordinal)
    {
        ["timeDate"] = TimerKind.Date,
        ["timeDuration"] = TimerKind.Duration,
        ["timeCycle"] = TimerKind.Cycle,
    };

    /// <summary>The timer, or null when it is unusable (the reasons are reported).</summary>
    public static TimerDefinition? Read(XElement definition, ProblemCollector problems)
    {
        ExtensionAttributeCheck.Check(definition, problems, "calendar");
        var calendar = ReadCalendar(definition, problems, out var calendarValid);
        var forms = ReadForms(definition, problems);
        if (forms.Count != 1)
        {
            problems.Report(
                definition,
                BpmnProblemCodes.InvalidTimer,
                $"a timer needs exactly one of timeDate, timeDuration or timeCycle, found {forms.Count}");
            return null;
        }

        var form = forms[0];
        var kind = Forms[form.Name.LocalName];
        var text = ElementText.Require(form, problems, form.Name.LocalName);
        if (text is null || !IsValid(form, kind, text, problems) || !calendarValid)
        {
            return null;
        }

        return new TimerDefinition(kind, text, calendar);
    }

    private static string? ReadCalendar(XElement definition, ProblemCollector problems, out bool valid)
    {
        var calendar = ElementInfo.Thads(definition, "calendar");
        valid = calendar is null or WorkingDaysCalendar;
        if (!valid)
        {
            problems.Report(
                definition,
                BpmnProblemCodes.InvalidAttributeValue,
                $"thads:calendar must be '{WorkingDaysCalendar}' or absent, not {ElementInfo.Quote(calendar!)}");
        }

        return calendar;
    }

    private static List<XElement> ReadForms(XElement definition, ProblemCollector problems)
    {
        var forms = new List<XElement>();
        foreach (var child in definition.Elements().Where(BpmnXml.IsModel))
        {
            switch (child.Name.LocalName)
            {
                case "timeDate" or "timeDuration" or "timeCycle":
                    forms.Add(child);
                    break;
                case "documentation":
                    break;
                case "extensionElements":
                    ExtensionElementsReader.Read([child], ExtensionHost.Other, problems);
                    break;
                default:
                    Unsupported.Report(child, problems);
                    break;
            }
        }

        return forms;
    }

    private static bool IsValid(XElement form, TimerKind kind, string text, ProblemCollector problems)
    {
        if (ExpressionText.TryUnwrap(text, out _))
        {
            return true;
        }

        var (valid, expected) = kind switch
        {
            TimerKind.Date => (IsoDate.TryParse(text, out _), "an ISO 8601 date-time such as 2025-03-01T08:00:00+07:00"),
            TimerKind.Duration => (IsoDuration.TryParse(text, out _), "an ISO 8601 duration such as P5D or PT2H"),
            _ => (IsoCycle.TryParse(text, out _), "an ISO 8601 repeating interval such as R3/PT10M (cron is not supported)"),
        };
        if (!valid)
        {
            problems.Report(form, BpmnProblemCodes.InvalidTimer, $"{ElementInfo.Quote(text)} is not {expected}");
        }

        return valid;
    }
}
