namespace Thads.Enforcement.Statistics.Import;

/// <summary>One row of a CSV or XLSX file: its 1-based line (CSV line, spreadsheet row number) and its cells, empty cells as "".</summary>
public readonly record struct TableRow(int Line, string[] Cells)
{
    public string Cell(int index) => index >= 0 && index < Cells.Length ? Cells[index] : string.Empty;
}
