namespace Thads.Enforcement.Statistics.Facts;

/// <summary>Where a fact row comes from.</summary>
public enum FactSource : byte
{
    /// <summary>Projected from a case managed in this system (<c>thads_cases</c>).</summary>
    Live,

    /// <summary>Imported from a unit's case register (sổ thụ lý, §7 Mẫu 03) for cases not managed here.</summary>
    Register,
}
