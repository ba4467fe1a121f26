namespace Thads.Enforcement.Statistics.Export;

/// <summary>The cell formats of <see cref="XlsxSheet"/> (indices into styles.xml's cellXfs, in this order).</summary>
public enum XlsxStyle
{
    Plain,
    Title,
    Italic,
    Header,
    Number,
    Rate,
    Text,
    TotalNumber,
    TotalRate,
    TotalText,
    BoldCentered,
    Centered,
}
