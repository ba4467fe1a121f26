namespace Thads.Enforcement.Cases.Validation;

/// <summary>Facts derived from a loaded case and its children.</summary>
internal static class CaseFacts
{
    /// <summary>The latest verification on or before <paramref name="date"/> (by date, then by the order recorded).</summary>
    public static VerificationRecord? LatestVerification(EnforcementCase c, DateOnly? date = null) =>
        c.Verifications
            .Where(v => date is null || v.VerifiedOn <= date)
            .OrderBy(v => v.VerifiedOn)
            .ThenBy(v => v.Id == 0 ? int.MaxValue : v.Id)
            .LastOrDefault();

    /// <summary>Money held on the case by all executors together: collected and not yet paid out or returned.</summary>
    public static long HeldOnCase(EnforcementCase c) => c.MoneyEntries.Sum(m => m.HeldEffect);

    public static long HeldBy(EnforcementCase c, int holderId) => c.MoneyEntries.Where(m => m.HolderId == holderId).Sum(m => m.HeldEffect);

    public static Party? FindParty(EnforcementCase c, int? partyId) => partyId is null ? null : c.Parties.FirstOrDefault(p => p.Id == partyId);
}
