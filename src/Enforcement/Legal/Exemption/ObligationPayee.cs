namespace Thads.Enforcement.Legal.Exemption;

/// <summary>Who an obligation is paid to; only state-budget obligations can be exempted or reduced (domain README §3.1).</summary>
public enum ObligationPayee
{
    /// <summary>Khoản thu, nộp ngân sách nhà nước: fines, court fees, recovery of illicit gains, confiscation.</summary>
    StateBudget,

    /// <summary>An obligation to a party (creditor).</summary>
    Private,
}
