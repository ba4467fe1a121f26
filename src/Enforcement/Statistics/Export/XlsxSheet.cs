using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Thads.Enforcement.Statistics.Export;

/// <summary>
/// A one-sheet .xlsx written directly as SpreadsheetML in a zip: inline strings, a fixed style sheet, merged cells,
/// column widths, A4 landscape page set-up. Entries are written in a fixed order with a fixed timestamp, so the same
/// content gives the same bytes (closed reports reproduce byte for byte).
/// </summary>
public sealed class XlsxSheet
{
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly SortedDictionary<int, SortedDictionary<int, (object Value, XlsxStyle Style)>> _rows = [];
    private readonly List<string> _merges = [];
    private readonly Dictionary<int, double> _widths = [];

    public string Name { get; init; } = "Bieu";

    public void Set(int row, int column, object value, XlsxStyle style = XlsxStyle.Plain)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = [];
        }

        cells[column] = (value, style);
    }

    /// <summary>Merges the rectangle and gives every cell of it the style (so borders are drawn all round).</summary>
    public void Merge(int row, int column, int lastRow, int lastColumn, object value, XlsxStyle style)
    {
        for (var r = row; r <= lastRow; r++)
        {
            for (var c = column; c <= lastColumn; c++)
            {
                Set(r, c, r == row && c == column ? value : string.Empty, style);
            }
        }

        if (lastRow > row || lastColumn > column)
        {
            _merges.Add($"{Reference(row, column)}:{Reference(lastRow, lastColumn)}");
        }
    }

    public void Width(int column, double width) => _widths[column] = width;

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
                """);
            Entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Entry(zip, "xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{Escape(Name)}" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Entry(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """);
            Entry(zip, "xl/styles.xml", Styles);
            Entry(zip, "xl/worksheets/sheet1.xml", SheetXml());
        }

        return buffer.ToArray();
    }

    public static string Reference(int row, int column)
    {
        var name = new StringBuilder();
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name.Insert(0, (char)('A' + (c - 1) % 26));
        }

        return name.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    private string SheetXml()
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""");
        xml.Append("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        if (_widths.Count > 0)
        {
            xml.Append("<cols>");
            foreach (var (column, width) in _widths.OrderBy(w => w.Key))
            {
                xml.Append(CultureInfo.InvariantCulture, $"""<col min="{column}" max="{column}" width="{width:0.##}" customWidth="1"/>""");
            }

            xml.Append("</cols>");
        }

        xml.Append("<sheetData>");
        foreach (var (row, cells) in _rows)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<row r="{row}">""");
            foreach (var (column, (value, style)) in cells)
            {
                var reference = Reference(row, column);
                switch (value)
                {
                    case string text when text.Length == 0:
                        xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}" s="{(int)style}"/>""");
                        break;
                    case string text:
                        xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}" s="{(int)style}" t="inlineStr"><is><t xml:space="preserve">{Escape(text)}</t></is></c>""");
                        break;
                    case decimal number:
                        xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}" s="{(int)style}"><v>{number.ToString(CultureInfo.InvariantCulture)}</v></c>""");
                        break;
                    case long number:
                        xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}" s="{(int)style}"><v>{number.ToString(CultureInfo.InvariantCulture)}</v></c>""");
                        break;
                    default:
                        xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}" s="{(int)style}"/>""");
                        break;
                }
            }

            xml.Append("</row>");
        }

        xml.Append("</sheetData>");
        if (_merges.Count > 0)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<mergeCells count="{_merges.Count}">""");
            foreach (var merge in _merges)
            {
                xml.Append(CultureInfo.InvariantCulture, $"""<mergeCell ref="{merge}"/>""");
            }

            xml.Append("</mergeCells>");
        }

        xml.Append("""<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>""");
        xml.Append("""<pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>""");
        xml.Append("</worksheet>");
        return xml.ToString();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(false).GetBytes(content);
        stream.Write(bytes);
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    // Fonts: 0 normal, 1 bold, 2 italic, 3 bold 13pt. Borders: 0 none, 1 thin. Number formats: 3 "#,##0", 164 "0.00".
    // cellXfs in XlsxStyle order.
    private const string Styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts><fonts count="4"><font><sz val="11"/><name val="Times New Roman"/></font><font><b/><sz val="11"/><name val="Times New Roman"/></font><font><i/><sz val="11"/><name val="Times New Roman"/></font><font><b/><sz val="13"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="12"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="3" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf></cellXfs></styleSheet>
        """;
}
