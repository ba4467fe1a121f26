namespace Thads.Enforcement.Statistics.Facts;

/// <summary>What a dated <see cref="StatEvent"/> records.</summary>
public enum StatEventKind : byte
{
    /// <summary>The case moves to <see cref="StatEvent.State"/>.</summary>
    State,

    /// <summary>'$': money actually executed (collected, or paid directly to the creditor), VND; negative for a correction.</summary>
    Executed,

    /// <summary>'G': an amount reduced or exempted (miễn, giảm, Arts. 61–64), VND.</summary>
    Reduced,

    /// <summary>'A': the amount to execute changed (a correction, or a carried adjustment), VND, signed.</summary>
    AmountChange,
}
