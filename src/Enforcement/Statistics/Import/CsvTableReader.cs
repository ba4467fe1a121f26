using System.Text;

namespace Thads.Enforcement.Statistics.Import;

/// <summary>
/// Reads CSV as written by spreadsheet programs: UTF-8 (with or without BOM), comma or semicolon (taken from the
/// first line), fields in double quotes may hold separators, quotes ("") and line breaks. Streams: one row in memory.
/// </summary>
public static class CsvTableReader
{
    public static IEnumerable<TableRow> Read(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        foreach (var row in Read(reader))
        {
            yield return row;
        }
    }

    public static IEnumerable<TableRow> Read(TextReader reader)
    {
        char? separator = null;
        var cells = new List<string>(24);
        var field = new StringBuilder(64);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var startLine = lineNumber;
            separator ??= line.Count(c => c == ';') > line.Count(c => c == ',') ? ';' : ',';
            cells.Clear();
            field.Clear();
            var inQuotes = false;
            var text = line;
            var i = 0;
            while (true)
            {
                if (i >= text.Length)
                {
                    if (inQuotes && reader.ReadLine() is { } more)
                    {
                        lineNumber++;
                        field.Append('\n');
                        text = more;
                        i = 0;
                        continue;
                    }

                    cells.Add(field.ToString());
                    break;
                }

                var c = text[i];
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        inQuotes = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    inQuotes = true;
                }
                else if (c == separator)
                {
                    cells.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }

                i++;
            }

            if (cells.Count == 1 && cells[0].Length == 0)
            {
                continue;
            }

            yield return new TableRow(startLine, cells.ToArray());
        }
    }
}
