namespace Thads.Enforcement.Legal;

/// <summary>Short names of the legal texts the rule tables cite (domain README §0.1).</summary>
public static class LegalInstruments
{
    /// <summary>
    /// Law 26/2008/QH12 as amended by Law 64/2014/QH13, in the consolidated text 12/VBHN-VPQH of 11/12/2014, whose
    /// article numbers every citation here follows (domain README §0.1).
    /// </summary>
    public const string LawOnEnforcement = "Luật THADS (VBHN 12/2014)";

    /// <summary>The original 2008 text, for provisions Law 64/2014 repealed (e.g. Art. 51, return of the request).</summary>
    public const string LawOnEnforcement2008 = "Luật THADS 26/2008/QH12";

    /// <summary>The amending law of 2014, effective 01/07/2015.</summary>
    public const string AmendingLaw2014 = "Luật 64/2014/QH13";

    /// <summary>The 2025 law that replaces the 2008 law from 01/07/2026 (domain README §0.3).</summary>
    public const string LawOnEnforcement2025 = "Luật THADS 106/2025/QH15";

    /// <summary>The implementing decree, Art. 9 (verification) as rewritten by ND 33/2020 Art. 1 cl. 6.</summary>
    public const string Decree62 = "NĐ 62/2015/NĐ-CP (sửa đổi bởi NĐ 33/2020/NĐ-CP)";

    /// <summary>Joint circular on exemption and reduction of state-budget obligations.</summary>
    public const string JointCircular12 = "TTLT 12/2015/TTLT-BTP-BTC-TANDTC-VKSNDTC";

    /// <summary>The 2025 reorganisation of the enforcement system (34 provincial agencies, 355 regional offices).</summary>
    public const string Reorganisation2025 = "CV 3769/BTP-TCTHADS; QĐ 1898/QĐ-BTP (2025)";
}
