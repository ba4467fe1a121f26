using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Export;

/// <summary>
/// The report in the layout of the official form: form number and regulation top left, reporting unit top right,
/// the title and period centred, the unit of measure, column titles over a row of column numbers (A, B, 1, 2, …),
/// the rows with the total in bold, and the signature block (preparer, head of unit) under the table.
/// </summary>
public static class ReportXlsx
{
    public static byte[] Write(StatisticsReport report)
    {
        var d = report.Definition;
        var columns = d.Columns.Count + 2;
        var sheet = new XlsxSheet { Name = d.FormNumber.Replace("Biểu số ", "Bieu ", StringComparison.Ordinal).Replace('/', '-') };
        var half = columns / 2;

        sheet.Merge(1, 1, 1, half, d.FormNumber, XlsxStyle.BoldCentered);
        sheet.Merge(2, 1, 2, half, $"Ban hành kèm theo {d.Title}", XlsxStyle.Italic);
        sheet.Merge(1, half + 1, 1, columns, $"Đơn vị báo cáo: {report.Scope.UnitName}", XlsxStyle.BoldCentered);
        sheet.Merge(2, half + 1, 2, columns, report.Scope.ExecutorName is { } executor ? $"Chấp hành viên: {executor}" : "Đơn vị nhận báo cáo: cơ quan cấp trên trực tiếp", XlsxStyle.Italic);
        sheet.Merge(4, 1, 4, columns, d.FormTitle, XlsxStyle.Title);
        sheet.Merge(5, 1, 5, columns, report.Period.Label, XlsxStyle.Centered);
        sheet.Merge(6, 1, 6, columns, $"Đơn vị tính: {d.UnitOfMeasure}", XlsxStyle.Italic);

        const int header = 8;
        sheet.Set(header, 1, "STT", XlsxStyle.Header);
        sheet.Set(header, 2, report.Rows.Any(r => r.Kind is RowKind.Executor or RowKind.Unassigned) ? "Chấp hành viên" : "Tên đơn vị", XlsxStyle.Header);
        sheet.Set(header + 1, 1, "A", XlsxStyle.Header);
        sheet.Set(header + 1, 2, "B", XlsxStyle.Header);
        for (var i = 0; i < d.Columns.Count; i++)
        {
            var column = d.Columns[i];
            sheet.Set(header, i + 3, column.Formula.Length == 0 ? column.Title : $"{column.Title} ({column.Formula})", XlsxStyle.Header);
            sheet.Set(header + 1, i + 3, column.Number, XlsxStyle.Header);
            sheet.Width(i + 3, column.Measure == Measure.Rate ? 9 : 12);
        }

        sheet.Width(1, 5);
        sheet.Width(2, 34);
        var line = header + 2;
        var number = 0;
        foreach (var row in report.RowsWithTotal)
        {
            var total = row.Kind == RowKind.Total;
            sheet.Set(line, 1, total ? string.Empty : (++number).ToString(System.Globalization.CultureInfo.InvariantCulture), total ? XlsxStyle.TotalText : XlsxStyle.Text);
            sheet.Set(line, 2, row.Label, total ? XlsxStyle.TotalText : XlsxStyle.Text);
            for (var i = 0; i < d.Columns.Count; i++)
            {
                var value = row.Values.Value(d.Columns[i].Measure);
                var rate = d.Columns[i].Measure == Measure.Rate;
                var style = total ? (rate ? XlsxStyle.TotalRate : XlsxStyle.TotalNumber) : (rate ? XlsxStyle.Rate : XlsxStyle.Number);
                sheet.Set(line, i + 3, value is { } v ? v : string.Empty, style);
            }

            line++;
        }

        line += 1;
        if (report.Closed is { } closed)
        {
            sheet.Merge(line, 1, line, columns, $"Số liệu đã chốt ngày {StatDate.Display(StatDate.From(DateOnly.FromDateTime(closed.At.ToOffset(TimeSpan.FromHours(7)).DateTime)))} ({closed.By}).", XlsxStyle.Italic);
            line += 2;
        }

        sheet.Merge(line, half + 1, line, columns, "......, ngày ... tháng ... năm ......", XlsxStyle.Italic);
        sheet.Merge(line + 1, 1, line + 1, half, "NGƯỜI LẬP BIỂU", XlsxStyle.BoldCentered);
        sheet.Merge(line + 1, half + 1, line + 1, columns, "THỦ TRƯỞNG ĐƠN VỊ", XlsxStyle.BoldCentered);
        sheet.Merge(line + 2, 1, line + 2, half, "(Ký, ghi rõ họ tên)", XlsxStyle.Italic);
        sheet.Merge(line + 2, half + 1, line + 2, columns, "(Ký, đóng dấu, ghi rõ họ tên)", XlsxStyle.Italic);
        return sheet.ToBytes();
    }
}
