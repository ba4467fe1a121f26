namespace Thads.Enforcement.Statistics.Import;

public enum StatImportKind
{
    /// <summary>A case register (sổ thụ lý), one row per case.</summary>
    Register,

    /// <summary>A traditional report: figures per unit and column.</summary>
    Traditional,
}
