namespace Thads.Host.Demo;

/// <summary>
/// Who a cloned case is: its number and id, its executor, and the text to put in place of the prototype's (number,
/// party names, executor's name), applied to the workflow rows the same way as to the case rows.
/// </summary>
internal sealed class DemoCloneIdentity
{
    public required string Number { get; init; }

    public int CaseId { get; set; }

    public string? ExecutorUserName { get; init; }

    /// <summary>Prototype text → clone text, longest first so that no replacement cuts into another.</summary>
    public required IReadOnlyList<(string From, string To)> Texts { get; init; }

    /// <summary>Prototype user name → clone user name, replaced where a whole value or a JSON string is that name.</summary>
    public required IReadOnlyList<(string From, string To)> UserNames { get; init; }

    public string Apply(string text)
    {
        foreach (var (from, to) in Texts)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        foreach (var (from, to) in UserNames)
        {
            text = text == from ? to : text.Replace($"\"{from}\"", $"\"{to}\"", StringComparison.Ordinal);
        }

        return text;
    }
}
