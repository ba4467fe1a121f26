namespace Thads.Enforcement.Cases;

/// <summary>
/// How the case came to the agency (Art. 36 Luật THADS, domain README §2.2). Statistics report the ex-officio subset
/// separately (TT 10/2017 indicators 1902 and 1905, domain README §6.3).
/// </summary>
public enum IntakePath
{
    /// <summary>Chủ động: the court sent the judgment and the agency acts on its own (court fees, fines, confiscation, interim measures…).</summary>
    ExOfficio,

    /// <summary>Theo đơn: a party filed an enforcement request.</summary>
    OnRequest,
}
