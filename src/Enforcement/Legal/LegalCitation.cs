namespace Thads.Enforcement.Legal;

/// <summary>
/// Where a rule comes from: "Art. 45 Luật THADS (VBHN 12/2014)". <see cref="Clause"/> and <see cref="Point"/> are
/// given only where the domain reference gives them, so a citation never claims more precision than was checked.
/// </summary>
/// <param name="Instrument">The legal text, e.g. <see cref="LegalInstruments.LawOnEnforcement"/>.</param>
/// <param name="Article">The article number as written in the text: "36", "44a".</param>
/// <param name="Clause">The clause (khoản), when known.</param>
/// <param name="Point">The point (điểm), when known: "a", "đ".</param>
/// <param name="Text">A paraphrase of what the provision says (the reference is a paraphrase, not the official wording).</param>
/// <param name="Reference">Where the domain reference discusses it, which lists the public sources: "domain README §2.5".</param>
public sealed record LegalCitation(
    string Instrument, string Article, string? Clause, string? Point, string Text, string Reference)
{
    /// <summary>"Art. 48 cl. 1 pt. c Luật THADS (VBHN 12/2014)".</summary>
    public string Label =>
        $"Art. {Article}{(Clause is null ? "" : $" cl. {Clause}")}{(Point is null ? "" : $" pt. {Point}")} {Instrument}";

    public override string ToString() => Label;
}
