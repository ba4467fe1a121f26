namespace Thads.Enforcement.Cases;

/// <summary>How far the handling of an asset has gone (domain README §2.15); each step only moves forward.</summary>
public enum AssetState
{
    /// <summary>Found, e.g. by verification; nothing done to it yet.</summary>
    Identified,

    /// <summary>Kê biên: seized, a coercive measure (Art. 71).</summary>
    Seized,

    /// <summary>Định giá: a price agreed or set by a valuation organisation.</summary>
    Valued,

    /// <summary>Bán đấu giá: sold at auction.</summary>
    Auctioned,
}
