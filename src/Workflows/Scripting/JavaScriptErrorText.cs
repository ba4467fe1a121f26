using Jint.Runtime;

namespace Thads.Workflows.Scripting;

/// <summary>Formats a JavaScript error for an incident: "TypeError: message (line 3, column 5)".</summary>
internal static class JavaScriptErrorText
{
    private const string NotDefinedSuffix = " is not defined";

    /// <param name="thrown">The error as Jint reports it; its message was computed inside the evaluation.</param>
    /// <param name="errorName">The error's <c>name</c>, or <see langword="null"/> when something other than an error was thrown.</param>
    public static string Describe(JavaScriptException thrown, string? errorName)
    {
        var message = errorName == "ReferenceError" ? QuoteUndefinedName(thrown.Message) : thrown.Message;
        var text = errorName is null ? $"script threw: {message}" : $"{errorName}: {message}";
        var start = thrown.Location.Start;
        return start.Line > 0 ? $"{text} (line {start.Line}, column {start.Column + 1})" : text;
    }

    // Jint says "amount is not defined"; quoting the name makes it stand out in an incident message.
    private static string QuoteUndefinedName(string message)
    {
        var nameLength = message.Length - NotDefinedSuffix.Length;
        return nameLength > 0 && message.EndsWith(NotDefinedSuffix, StringComparison.Ordinal)
               && message.IndexOf(' ', StringComparison.Ordinal) == nameLength
            ? $"'{message[..nameLength]}'{NotDefinedSuffix}"
            : message;
    }
}
