using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Thads.Enforcement.Statistics.Import;

/// <summary>
/// Reads the first worksheet of an .xlsx with the SDK's forward-only <see cref="OpenXmlReader"/>, so a sheet of
/// 800,000 rows is never held as a DOM. Shared strings are read the same way. Numbers come back in invariant form;
/// a date typed as a date comes back as its serial number, which the register parser accepts in date columns.
/// The SDK never processes DTDs.
/// </summary>
public static class XlsxTableReader
{
    public static IEnumerable<TableRow> Read(string path)
    {
        using var document = OpenRead(path);
        var workbook = document.WorkbookPart ?? throw Invalid(path, "không có workbook");
        var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw Invalid(path, "không có trang tính");
        var sheet = (WorksheetPart)workbook.GetPartById(firstSheet.Id!.Value!);
        var strings = SharedStrings(workbook.SharedStringTablePart);

        using var reader = OpenXmlReader.Create(sheet);
        var cells = new List<string>(24);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var rowNumber = (int)(reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value is { } r ? uint.Parse(r, CultureInfo.InvariantCulture) : 0);
            cells.Clear();
            if (reader.ReadFirstChild())
            {
                do
                {
                    if (reader.ElementType == typeof(Cell))
                    {
                        var cell = (Cell)reader.LoadCurrentElement()!;
                        var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                        while (cells.Count < column)
                        {
                            cells.Add(string.Empty);
                        }

                        cells.Add(CellText(cell, strings));
                    }
                }
                while (reader.ReadNextSibling());
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            yield return new TableRow(rowNumber, cells.ToArray());
        }
    }

    private static SpreadsheetDocument OpenRead(string path)
    {
        try
        {
            return SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw Invalid(path, "không đọc được định dạng .xlsx");
        }
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }

        return strings;
    }

    private static string CellText(Cell cell, List<string> strings)
    {
        var value = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        return value;
    }

    /// <summary>"AB12" → 27 (0-based).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = index * 26 + (c - 'A' + 1);
        }

        return index - 1;
    }

    private static StatisticsRequestException Invalid(string path, string reason) =>
        new("file", $"Tệp '{Path.GetFileName(path)}' {reason}.");
}
