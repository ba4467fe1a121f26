namespace Thads.Enforcement.Statistics.Import;

/// <summary>Opens a register or report file by its extension: .csv (UTF-8, comma or semicolon) or .xlsx (first sheet).</summary>
public static class TableFile
{
    /// <exception cref="StatisticsRequestException">Another extension, or the file does not exist.</exception>
    public static IEnumerable<TableRow> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new StatisticsRequestException("file", $"Không tìm thấy tệp '{path}'.");
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => CsvTableReader.Read(path),
            ".xlsx" => XlsxTableReader.Read(path),
            _ => throw new StatisticsRequestException("file", $"Tệp '{Path.GetFileName(path)}' phải là .csv hoặc .xlsx."),
        };
    }
}
