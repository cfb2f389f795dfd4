using System.Text;
using CsvHelper;
using EMnr.Core.Communications;
using EMnr.Core.Time;

namespace EMnr.Web.Features.Imports;

/// <summary>
/// Reads a call-log CSV file into communication drafts. It uses no database and no clock: the importer
/// checks the drafts with the shared validator and resolves crisis codes.
/// </summary>
public static class CallLogParser
{
    public const string DateFormatHelp = "dd/MM/yyyy HH:mm in Morocco local time, for example 14/09/2023 21:35";

    /// <summary>Longest cell value repeated in an error message.</summary>
    private const int MaxEchoedLength = 40;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Parses UTF-8 CSV bytes, with or without a byte order mark. The separator is ';' or ',', whichever
    /// the header line contains more of. Blank rows are skipped, and more than <paramref name="maxRows"/>
    /// data rows is an error about the whole file.
    /// </summary>
    public static CallLogFile Parse(byte[] content, int maxRows)
    {
        var body = content.AsSpan().StartsWith(Utf8Bom) ? content[Utf8Bom.Length..] : content;
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException exception)
        {
            return CallLogFile.Failed(NotUtf8Error(body, exception.Index));
        }

        var separator = DetectSeparator(text);
        var unterminatedQuoteLines = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    unterminatedQuoteLines.Add(record.LineNumber);
                }
            },
        };

        try
        {
            using var reader = CsvReader.Create(body, options);
            var header = ReadHeader(reader.Headers);
            if (header.Errors.Count > 0)
            {
                return CallLogFile.Failed([.. header.Errors]);
            }

            var rows = new List<CallLogRow>();
            while (reader.Read())
            {
                var values = new string[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.GetString(i) ?? "";
                }

                if (values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count == maxRows)
                {
                    return CallLogFile.Failed(new ImportError(null, null,
                        $"The file has more than {maxRows} rows, the limit of one import. Split it into files of at most {maxRows} rows."));
                }

                var line = checked((int)reader.LineNumber);
                rows.Add(unterminatedQuoteLines.Contains(reader.LineNumber)
                    ? UnreadableRow(line, "A quoted value that starts on this line is never closed, so the rest of the file was read as part of it. Close the quote (\") or remove it.")
                    : ParseRow(line, values, header.Width, header.Columns));
            }

            if (rows.Count == 0)
            {
                return CallLogFile.Failed(new ImportError(null, null, "The file has a header row but no data rows."));
            }

            return new CallLogFile(rows, [], header.IgnoredColumns, separator);
        }
        catch (CsvFormatException exception)
        {
            var line = exception.LineNumber > 0 ? $" at line {exception.LineNumber}" : "";
            return CallLogFile.Failed(new ImportError(null, null,
                $"The file could not be read as CSV{line}. Check the quotes and save it again as 'CSV UTF-8'."));
        }
    }

    /// <summary>
    /// The header's errors, the position of each recognized column, the names of the other columns, and the
    /// number of values a row must have: up to the last named column.
    /// </summary>
    private sealed record HeaderCheck(List<ImportError> Errors, Dictionary<string, int> Columns, List<string> IgnoredColumns, int Width);

    private static HeaderCheck ReadHeader(IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignoredColumns = new List<string>();
        var errors = new List<ImportError>();
        var width = 0;
        if (headers.All(string.IsNullOrWhiteSpace))
        {
            errors.Add(new ImportError(1, null,
                $"The file is empty. Line 1 must name the columns, for example: {string.Join(';', CallLogColumns.All)}."));
            return new HeaderCheck(errors, columns, ignoredColumns, width);
        }

        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            width = i + 1;
            var column = CallLogColumns.Resolve(name);
            if (column is null)
            {
                ignoredColumns.Add(name);
            }
            else if (!columns.TryAdd(column, i))
            {
                errors.Add(new ImportError(1, column,
                    $"The columns '{Echo(headers[columns[column]].Trim())}' and '{Echo(name)}' are both read as {column}. Keep only one of them."));
            }
        }

        var missing = CallLogColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            var found = string.Join(", ", headers.Where(h => h.Trim().Length > 0).Select(h => $"'{Echo(h.Trim())}'"));
            errors.Add(new ImportError(1, null,
                $"Required columns are missing: {string.Join(", ", missing)}. Line 1 must name the columns, separated by ';' or ','. " +
                $"The columns found are: {found}."));
        }

        return new HeaderCheck(errors, columns, ignoredColumns, width);
    }

    private static CallLogRow ParseRow(int line, string[] values, int width, Dictionary<string, int> columns)
    {
        if (values.Length < width || values.Skip(width).Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            return UnreadableRow(line,
                $"The row has {values.Length} values but the header has {width} columns. Check the separator and the quotes on this line.");
        }

        string? Cell(string column) =>
            columns.TryGetValue(column, out var index) && !string.IsNullOrWhiteSpace(values[index])
                ? values[index].Trim()
                : null;

        var errors = new List<ImportError>();
        DateTimeOffset? receivedAt = null;
        if (Cell(CallLogColumns.ReceivedAt) is { } receivedText)
        {
            receivedAt = MoroccoTime.TryParseLocal(receivedText);
            if (receivedAt is null)
            {
                errors.Add(new ImportError(line, CallLogColumns.ReceivedAt,
                    $"'{Echo(receivedText)}' is not a valid date and time. Use {DateFormatHelp}."));
            }
        }

        var draft = new CommunicationDraft
        {
            ReceivedAt = receivedAt,
            Channel = CallLogColumns.Channels.ToCode(Cell(CallLogColumns.Channel)),
            Language = CallLogColumns.Languages.ToCode(Cell(CallLogColumns.Language)),
            CallerType = CallLogColumns.CallerTypes.ToCode(Cell(CallLogColumns.CallerType)),
            Category = CallLogColumns.Categories.ToCode(Cell(CallLogColumns.Category)),
            RedirectedTo = CallLogColumns.RedirectDestinations.ToCode(Cell(CallLogColumns.RedirectedTo)),
            ProvinceCode = Cell(CallLogColumns.Province)?.ToUpperInvariant(),
            Summary = Cell(CallLogColumns.Summary),
        };
        return new CallLogRow(line, draft, Cell(CallLogColumns.Crisis), errors);
    }

    private static CallLogRow UnreadableRow(int line, string message) =>
        new(line, null, null, [new ImportError(line, null, message)]);

    /// <summary>Returns ';' unless the header line contains more commas than semicolons.</summary>
    private static char DetectSeparator(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var header = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        return header.Count(',') > header.Count(';') ? ',' : ';';
    }

    private static ImportError NotUtf8Error(ReadOnlySpan<byte> body, int index)
    {
        var line = LineAt(body, Math.Clamp(index, 0, body.Length));
        return new ImportError(null, null,
            $"The file is not UTF-8: the first invalid byte is on line {line}. It was probably saved in a Windows " +
            "encoding (ANSI, Latin-1) or as UTF-16. In Excel or LibreOffice, save it as 'CSV UTF-8' and import again.");
    }

    /// <summary>Returns the 1-based line of a byte offset, counting CRLF, LF and lone CR as line breaks.</summary>
    private static int LineAt(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>Shortens a cell value for an error message and drops control characters.</summary>
    private static string Echo(string value)
    {
        var clean = new string(value.Where(c => !char.IsControl(c)).ToArray());
        return clean.Length <= MaxEchoedLength ? clean : clean[..MaxEchoedLength] + "…";
    }
}
