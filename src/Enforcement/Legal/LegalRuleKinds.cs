namespace Thads.Enforcement.Legal;

/// <summary>The variants of rules that have more than one period; the CLI's <c>--kind</c> values.</summary>
public static class LegalRuleKinds
{
    /// <summary>Decision on the agency's own initiative (chủ động) after receiving the judgment (Art. 36).</summary>
    public const string ExOfficio = "ex-officio";

    /// <summary>Urgent interim measures (biện pháp khẩn cấp tạm thời, BPKCTT): "ngay", immediately.</summary>
    public const string InterimMeasure = "interim-measure";

    /// <summary>Court decisions in bankruptcy (Art. 36, added 2014).</summary>
    public const string Bankruptcy = "bankruptcy";

    /// <summary>A debtor without conditions serving a prison sentence with 2 years or more left (Art. 44 cl. 4).</summary>
    public const string LongPrison = "long-prison";

    /// <summary>A debtor without conditions whose new address or residence cannot be found (Art. 44 cl. 4).</summary>
    public const string UnknownAddress = "unknown-address";

    /// <summary>Postponement requested by a person with power to protest, before enforcement begins (Art. 48 cl. 3).</summary>
    public const string ProtestRequest = "protest-request";

    /// <summary>Appeal by the procuracy at the next level up (Art. 64 cl. 1).</summary>
    public const string HigherProcuracy = "higher-procuracy";
}
