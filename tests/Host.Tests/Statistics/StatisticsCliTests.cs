using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Thads.Enforcement.Statistics.Export;

namespace Thads.Host.Tests.Statistics;

/// <summary>The statistics commands in-process on a copy of a database holding the synthetic national organisation.</summary>
public sealed class StatisticsCliTests(StatisticsCliDatabase database) : IClassFixture<StatisticsCliDatabase>
{
    private const string Header = "ma_don_vi,so_ho_so,thu_ly,ngay_thu_ly,so_tien,chv,dien_bien,thu_tien\n";

    private const string ValidLines = """
        C01-01,1/2016/QĐ-THA,MOI,2016-11-02,12000000,chv.c01.01.1,2017-03-01:XONG,2017-03-01:12000000
        C01-01,2/2016/QĐ-THA,MOI,2016-12-05,5000000,chv.c01.01.2,2017-01-10:HOAN,
        C02,3/2015/QĐ-THA,CU,2015-05-20,800000,,,2015-08-01:300000

        """;

    [Fact]
    public async Task A_file_with_bad_lines_is_refused_whole_and_every_bad_line_is_named()
    {
        using var session = new StatisticsCliSession(database.TemplateFile);
        var file = session.File("bad.csv");
        await File.WriteAllTextAsync(file, Header + ValidLines + """
            C99,4/2016/QĐ-THA,MOI,2016-12-05,100,,,
            C01-01,5/2016/QĐ-THA,MOI,31/02/2017,abc,,2017-01-01:XONG;2017-02-01:HOAN,
            C01-01,1/2016/QĐ-THA,MOI,2016-11-02,100,,,
            """);

        var (exit, stdout, stderr) = await session.RunAsync("import", "register", file);

        Assert.Equal(1, exit);
        Assert.Equal("imported 0, rejected 3, adjusted 0", stdout.Trim());
        Assert.Contains("Dòng 5, cột ma_don_vi: không có đơn vị mã 'C99'.", stderr);
        Assert.Contains("Dòng 6, cột ngay_thu_ly: '31/02/2017' không phải ngày", stderr);
        Assert.Contains("Dòng 6, cột so_tien: 'abc' không phải số tiền", stderr);
        Assert.Contains("Dòng 7, cột so_ho_so: số hồ sơ '1/2016/QĐ-THA' đã có", stderr);
        var total = await TotalAsync(session, "2017-06");
        Assert.Equal(0, total["T"]!.GetValue<long>());
    }

    [Fact]
    public async Task Partial_imports_the_valid_lines_and_the_report_counts_them()
    {
        using var session = new StatisticsCliSession(database.TemplateFile);
        var file = session.File("partial.csv");
        await File.WriteAllTextAsync(file, Header + ValidLines + "C01-01,9/2016/QĐ-THA,MOI,2016-12-05,100,,2016-01-01:XONG,\n");

        var (exit, stdout, stderr) = await session.RunAsync("import", "register", file, "--partial");

        Assert.Equal(0, exit);
        Assert.Equal("imported 3, rejected 1, adjusted 0", stdout.Trim());
        Assert.Contains("Dòng 5, cột dien_bien: ngày 01/01/2016 trước ngày thụ lý 05/12/2016.", stderr);
        var total = await TotalAsync(session, "2017-06");
        Assert.Equal(3, total["T"]!.GetValue<long>());
        Assert.Equal(1, total["CO"]!.GetValue<long>());
        Assert.Equal(2, total["NEW"]!.GetValue<long>());
        Assert.Equal(1, total["X"]!.GetValue<long>());
        Assert.Equal(1, total["c10"]!.GetValue<long>());
        var money = await TotalAsync(session, "2017-06", "07");
        Assert.Equal(12_000 + 5_000 + 500, money["T"]!.GetValue<long>());
        Assert.Equal(500, money["CO"]!.GetValue<long>());

        // One district by executor: a row per executor who has cases.
        var (_, byExecutor, _) = await session.RunAsync("report", "06", "--to", "2017-06", "--unit", "C01-01", "--format", "json");
        var rows = JsonNode.Parse(byExecutor)!["rows"]!.AsArray();
        Assert.Equal(["executor", "executor", "total"], rows.Select(r => r!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_xlsx_register_imports_like_a_csv_one()
    {
        using var session = new StatisticsCliSession(database.TemplateFile);
        var sheet = new XlsxSheet();
        var lines = (Header + ValidLines).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var r = 0; r < lines.Length; r++)
        {
            var cells = lines[r].Split(',');
            for (var c = 0; c < cells.Length; c++)
            {
                // Amounts as numbers and one date as a spreadsheet date serial, as a spreadsheet stores them.
                object value = r > 0 && c == 4 ? decimal.Parse(cells[c], System.Globalization.CultureInfo.InvariantCulture)
                    : r == 1 && c == 3 ? (decimal)(new DateTime(2016, 11, 2) - new DateTime(1899, 12, 30)).TotalDays
                    : cells[c];
                sheet.Set(r + 1, c + 1, value);
            }
        }

        var file = session.File("register.xlsx");
        await File.WriteAllBytesAsync(file, sheet.ToBytes());

        var (exit, stdout, stderr) = await session.RunAsync("import", "register", file);

        Assert.True(exit == 0, stderr);
        Assert.Equal("imported 3, rejected 0, adjusted 0", stdout.Trim());
        Assert.Equal(3, (await TotalAsync(session, "2017-06"))["T"]!.GetValue<long>());
    }

    [Fact]
    public async Task Reports_export_as_csv_and_as_a_valid_xlsx_in_the_form_layout()
    {
        using var session = new StatisticsCliSession(database.TemplateFile);
        var file = session.File("register.csv");
        await File.WriteAllTextAsync(file, Header + ValidLines);
        Assert.Equal(0, (await session.RunAsync("import", "register", file)).Exit);

        var csv = session.File("c02.csv");
        Assert.Equal(0, (await session.RunAsync("report", "06", "--to", "2017-06", "--unit", "C02", "--format", "csv", "--out", csv)).Exit);
        var csvLines = (await File.ReadAllLinesAsync(csv)).ToList();
        Assert.StartsWith("loai,ma,ten,(1) Tổng số thụ lý,(2) Năm trước chuyển sang", csvLines[0]);
        Assert.StartsWith("total,total,Tổng cộng,1,1,0,0,1,1,0,0,1,", csvLines[^1]);

        var xlsx = session.File("national.xlsx");
        var (exit, _, stderr) = await session.RunAsync("report", "07", "--to", "2017-06", "--format", "xlsx", "--out", xlsx);
        Assert.True(exit == 0, stderr);
        using var document = SpreadsheetDocument.Open(xlsx, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var text = string.Join('|', document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.InlineString>().Select(s => s.InnerText));
        Assert.Contains("Biểu số 07/TK-THA", text);
        Assert.Contains("KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN", text);
        Assert.Contains("9 tháng năm 2017 (từ 01/10/2016 đến 30/06/2017)", text);
        Assert.Contains("Đơn vị tính: nghìn đồng", text);
        Assert.Contains("NGƯỜI LẬP BIỂU", text);
        Assert.Contains("THỦ TRƯỞNG ĐƠN VỊ", text);
        Assert.Contains("|16|", text);

        // The same report twice is the same bytes.
        var again = session.File("again.xlsx");
        Assert.Equal(0, (await session.RunAsync("report", "07", "--to", "2017-06", "--format", "xlsx", "--out", again)).Exit);
        Assert.Equal(await File.ReadAllBytesAsync(xlsx), await File.ReadAllBytesAsync(again));
    }

    [Fact]
    public async Task The_documented_example_files_import_and_count_as_described()
    {
        using var session = new StatisticsCliSession(database.TemplateFile);
        var examples = Path.Combine(Thads.Host.Tests.Support.RepositoryRoot.Path, "docs", "examples");

        var register = await session.RunAsync("import", "register", Path.Combine(examples, "register-example.csv"));
        Assert.True(register.Exit == 0, register.Err);
        Assert.Equal("imported 8, rejected 0, adjusted 0", register.Out.Trim());
        var total = await TotalAsync(session, "2017-06");
        Assert.Equal((8, 1, 7, 1), (total["T"]!.GetValue<long>(), total["CO"]!.GetValue<long>(), total["NEW"]!.GetValue<long>(), total["RM"]!.GetValue<long>()));
        Assert.Equal((2L, 1L, 1L, 1L), (total["c7"]!.GetValue<long>(), total["c8"]!.GetValue<long>(), total["c11"]!.GetValue<long>(), total["NC"]!.GetValue<long>()));
        var money = await TotalAsync(session, "2017-06", "07");
        Assert.Equal((15_000L, 84_000L), (money["c9"]!.GetValue<long>(), money["RM"]!.GetValue<long>()));

        var traditional = await session.RunAsync("import", "traditional", Path.Combine(examples, "traditional-example.csv"));
        Assert.True(traditional.Exit == 0, traditional.Err);
        Assert.Equal("imported 4, rejected 0", traditional.Out.Trim());
    }

    [Fact]
    public async Task A_traditional_report_with_a_bad_line_is_refused_whole()
    {
        using var session = new StatisticsCliSession(database.TemplateFile);
        var file = session.File("traditional.csv");
        await File.WriteAllTextAsync(file, "ma_don_vi,bieu,ky,T,X\nC01,06,2017-06,10,4\nC01,08,2017-06,-3,2\n");

        var (exit, stdout, stderr) = await session.RunAsync("import", "traditional", file);

        Assert.Equal(1, exit);
        Assert.Equal("imported 0, rejected 1", stdout.Trim());
        Assert.Contains("Dòng 3, cột bieu: '08' không hợp lệ; ghi 06 hoặc 07.", stderr);
        Assert.Contains("Dòng 3, cột T: '-3' không phải số nguyên không âm.", stderr);
    }

    [Theory]
    [InlineData("report", "08", "--to", "2017-06", "--format", "json")]
    [InlineData("report", "06", "--to", "2017-13", "--format", "json")]
    [InlineData("report", "06", "--to", "2017-06", "--format", "pdf")]
    [InlineData("report", "06", "--to", "2017-06", "--format", "xlsx")]
    [InlineData("import", "register")]
    [InlineData("demo", "generate", "--cases", "0", "--seed", "1")]
    public async Task Bad_arguments_are_usage_errors(params string[] args)
    {
        using var session = new StatisticsCliSession(null);
        Assert.Equal(2, (await session.RunAsync(args)).Exit);
    }

    [Fact]
    public async Task An_unknown_unit_is_named()
    {
        using var session = new StatisticsCliSession(database.TemplateFile);
        var (exit, _, stderr) = await session.RunAsync("report", "06", "--to", "2017-06", "--unit", "XYZ", "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("unit: Không có đơn vị mã 'XYZ'.", stderr);
    }

    private static async Task<JsonObject> TotalAsync(StatisticsCliSession session, string to, string form = "06")
    {
        var (exit, stdout, stderr) = await session.RunAsync("report", form, "--to", to, "--format", "json");
        Assert.True(exit == 0, stderr);
        return JsonNode.Parse(stdout)!["rows"]!.AsArray().Single(r => r!["kind"]!.GetValue<string>() == "total")!.AsObject();
    }
}
