using System.Text;
using EMnr.Core.Communications;
using EMnr.Web.Features.Imports;

namespace EMnr.Web.Tests.Imports;

/// <summary>Unit tests of the CSV reader alone: no host, no database.</summary>
public sealed class CallLogParserTests
{
    private const int MaxRows = 1000;

    private static CallLogFile Parse(string text, int maxRows = MaxRows) => CallLogParser.Parse(Encoding.UTF8.GetBytes(text), maxRows);

    [Fact]
    public void Parse_ValidRow_BuildsDraft()
    {
        var file = Parse(CallLogCsv.Text(CallLogCsv.Row(receivedAt: "14/09/2023 21:35", province: "ma-hao", crisis: "SEISME-AL-HAOUZ-2023")));

        Assert.Empty(file.FileErrors);
        var row = Assert.Single(file.Rows);
        Assert.Equal(2, row.Line);
        Assert.Empty(row.Errors);
        var draft = row.Draft!;
        Assert.Equal(new DateTimeOffset(2023, 9, 14, 20, 35, 0, TimeSpan.Zero), draft.ReceivedAt);
        Assert.Equal("GreenLine", draft.Channel);
        Assert.Equal("Darija", draft.Language);
        Assert.Equal("Witness", draft.CallerType);
        Assert.Equal("SuspectedTrafficking", draft.Category);
        Assert.Null(draft.RedirectedTo);
        Assert.Equal("MA-HAO", draft.ProvinceCode);
        Assert.Equal("SEISME-AL-HAOUZ-2023", row.CrisisCode);
        Assert.StartsWith("Un intermédiaire", draft.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ByteOrderMark_SameAsWithout()
    {
        var text = CallLogCsv.Text(CallLogCsv.Row());
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

        var file = CallLogParser.Parse(withBom, MaxRows);

        Assert.Empty(file.FileErrors);
        Assert.Equal(Parse(text).Rows.Single().Draft, file.Rows.Single().Draft);
    }

    [Fact]
    public void Parse_CommaHeader_UsesComma()
    {
        var text = CallLogCsv.Text(CallLogCsv.Row(summary: "\"Appel reçu; rappel prévu\"")).Replace(';', ',');

        var file = Parse(text);

        Assert.Equal(',', file.Separator);
        Assert.Empty(file.FileErrors);
        Assert.Equal("Appel reçu, rappel prévu", file.Rows.Single().Draft!.Summary);
    }

    [Fact]
    public void Parse_FrenchHeadersAndLabels_MapToCodes()
    {
        var text = "Date;Canal;Langue;Type d'appelant;Catégorie;Réorienté vers;Province;Crise;Résumé\n" +
            "14/09/2023 09:12;numero VERT;Français;Témoin;Autre infraction, réorientée;Gendarmerie royale;MA-HAO;;Vol signalé.\n" +
            "14/09/2023 09:20;الرقم الأخضر;Arabic;Proche ou famille;Demande d’information;;MA-CHI;;استفسار.\n";

        var file = Parse(text);

        Assert.Empty(file.FileErrors);
        var first = file.Rows[0].Draft!;
        Assert.Equal("GreenLine", first.Channel);
        Assert.Equal("French", first.Language);
        Assert.Equal("Witness", first.CallerType);
        Assert.Equal("OtherOffenceRedirected", first.Category);
        Assert.Equal("Gendarmerie", first.RedirectedTo);
        var second = file.Rows[1].Draft!;
        Assert.Equal("GreenLine", second.Channel);
        Assert.Equal("Arabic", second.Language);
        Assert.Equal("Relative", second.CallerType);
        Assert.Equal("InformationRequest", second.Category);
    }

    [Fact]
    public void Parse_UnknownValue_KeptForValidator()
    {
        var file = Parse(CallLogCsv.Text(CallLogCsv.Row(channel: "Fax")));

        Assert.Equal("Fax", file.Rows.Single().Draft!.Channel);
    }

    [Fact]
    public void Parse_MissingColumns_FileErrorNamesThem()
    {
        var file = Parse("received_at;channel;language;category\n14/09/2023 09:12;GreenLine;Darija;Other\n");

        var error = Assert.Single(file.FileErrors);
        Assert.Equal(1, error.Line);
        Assert.Contains("caller_type", error.Message, StringComparison.Ordinal);
        Assert.Contains("summary", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("province", error.Message, StringComparison.Ordinal);
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void Parse_Latin1_FileErrorWithLine()
    {
        var latin1 = Encoding.Latin1.GetBytes(CallLogCsv.Text(CallLogCsv.Row(summary: "Appel d'un témoin."), CallLogCsv.Row()));

        var file = CallLogParser.Parse(latin1, MaxRows);

        var error = Assert.Single(file.FileErrors);
        Assert.Null(error.Line);
        Assert.StartsWith("The file is not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Empty(file.Rows);
    }

    [Theory]
    [InlineData("2023-09-14 09:12")]
    [InlineData("14/09/2023")]
    [InlineData("31/09/2023 09:12")]
    [InlineData("14/09/2023 25:00")]
    [InlineData("14/09/2023 21:35:00")]
    [InlineData("1/9/2023 9:05")]
    public void Parse_MalformedDate_ErrorOnReceivedAt(string receivedAt)
    {
        var file = Parse(CallLogCsv.Text(CallLogCsv.Row(), CallLogCsv.Row(receivedAt: receivedAt)));

        var error = Assert.Single(file.Rows[1].Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("received_at", error.Field);
        Assert.Contains("dd/MM/yyyy HH:mm", error.Message, StringComparison.Ordinal);
        Assert.Null(file.Rows[1].Draft!.ReceivedAt);
    }

    [Fact]
    public void Parse_ArabicIndicDigits_Accepted()
    {
        var file = Parse(CallLogCsv.Text(CallLogCsv.Row(receivedAt: "١٤/٠٩/٢٠٢٣ ٢١:٣٥")));

        var row = file.Rows.Single();
        Assert.Empty(row.Errors);
        Assert.Equal(new DateTimeOffset(2023, 9, 14, 20, 35, 0, TimeSpan.Zero), row.Draft!.ReceivedAt);
    }

    [Fact]
    public void Parse_MultilineAndBlankLines_ReportPhysicalLines()
    {
        var text = CallLogCsv.Text(
            CallLogCsv.Row(summary: "\"Première ligne\nseconde ligne\""),
            "",
            CallLogCsv.Row(receivedAt: "hier"));

        var file = Parse(text);

        Assert.Equal([2, 5], file.Rows.Select(r => r.Line));
        Assert.Equal("Première ligne\nseconde ligne", file.Rows[0].Draft!.Summary);
        Assert.Equal(5, file.Rows[1].Errors.Single().Line);
    }

    [Fact]
    public void Parse_EmptyRows_Skipped()
    {
        var file = Parse(CallLogCsv.Text(CallLogCsv.Row(), ";;;;;;;;", CallLogCsv.Row()));

        Assert.Equal([2, 4], file.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Parse_TooManyRows_FileError()
    {
        var file = Parse(CallLogCsv.Text(CallLogCsv.Row(), CallLogCsv.Row(), CallLogCsv.Row()), maxRows: 2);

        var error = Assert.Single(file.FileErrors);
        Assert.Contains("more than 2 rows", error.Message, StringComparison.Ordinal);
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void Parse_MaxRowsExactly_Accepted()
    {
        var file = Parse(CallLogCsv.Text(CallLogCsv.Row(), CallLogCsv.Row()), maxRows: 2);

        Assert.Empty(file.FileErrors);
        Assert.Equal(2, file.Rows.Count);
    }

    [Theory]
    [InlineData("14/09/2023 09:12;GreenLine;Darija;Witness")]
    [InlineData("14/09/2023 09:12;GreenLine;Darija;Witness;Other;;MA-HAO;;Résumé;colonne en trop")]
    public void Parse_WrongValueCount_RowError(string row)
    {
        var file = Parse(CallLogCsv.Text(row));

        var parsed = file.Rows.Single();
        Assert.Null(parsed.Draft);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(2, error.Line);
        Assert.Null(error.Field);
        Assert.Contains("header has 9 columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TrailingEmptyValues_Accepted()
    {
        var file = Parse(CallLogCsv.Text(CallLogCsv.Row() + ";;"));

        Assert.Empty(file.Rows.Single().Errors);
    }

    [Fact]
    public void Parse_UnterminatedQuote_RowError()
    {
        var file = Parse(CallLogCsv.Text(CallLogCsv.Row(), CallLogCsv.Row(summary: "\"Guillemet jamais fermé"), CallLogCsv.Row()));

        Assert.Equal(2, file.Rows.Count);
        var error = Assert.Single(file.Rows[1].Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoColumnsForOneField_FileError()
    {
        var file = Parse("date;" + CallLogCsv.Header + "\n14/09/2023 09:12;" + CallLogCsv.Row() + "\n");

        var error = Assert.Single(file.FileErrors);
        Assert.Equal("received_at", error.Field);
        Assert.Contains("'date'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownColumn_Ignored()
    {
        var file = Parse(CallLogCsv.Header + ";Notes internes\n" + CallLogCsv.Row() + ";à rappeler\n");

        Assert.Empty(file.FileErrors);
        Assert.Equal(["Notes internes"], file.IgnoredColumns);
        Assert.Empty(file.Rows.Single().Errors);
    }

    [Fact]
    public void Parse_OptionalColumnsAbsent_Accepted()
    {
        var file = Parse("received_at;channel;language;caller_type;category;summary\n14/09/2023 09:12;GreenLine;Darija;Witness;Other;Appel.\n");

        var draft = file.Rows.Single().Draft!;
        Assert.Null(draft.ProvinceCode);
        Assert.Null(draft.RedirectedTo);
        Assert.Null(file.Rows.Single().CrisisCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Parse_EmptyFile_FileError(string text)
    {
        var file = Parse(text);

        Assert.Contains("empty", Assert.Single(file.FileErrors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HeaderOnly_FileError()
    {
        var file = Parse(CallLogCsv.Text());

        Assert.Contains("no data rows", Assert.Single(file.FileErrors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportKey_SameContent_SameKey()
    {
        var first = Communication("Appel reçu.");
        var second = Communication("  Appel reçu.\n");

        Assert.Equal(ImportKeys.Compute(first), ImportKeys.Compute(second));
        Assert.Matches("^[0-9a-f]{64}$", ImportKeys.Compute(first));
    }

    [Fact]
    public void ImportKey_OtherSummaryOrTime_OtherKey()
    {
        var original = Communication("Appel reçu.");
        var otherSummary = Communication("Appel reçu !");
        var otherTime = Communication("Appel reçu.");
        otherTime.ReceivedAt = otherTime.ReceivedAt.AddMinutes(1);

        Assert.NotEqual(ImportKeys.Compute(original), ImportKeys.Compute(otherSummary));
        Assert.NotEqual(ImportKeys.Compute(original), ImportKeys.Compute(otherTime));
    }

    private static Communication Communication(string summary) => new()
    {
        ReceivedAt = new DateTimeOffset(2023, 9, 14, 8, 12, 0, TimeSpan.Zero),
        Channel = Channel.GreenLine,
        Language = ContactLanguage.Darija,
        CallerType = CallerType.Witness,
        Category = CommunicationCategory.SuspectedTrafficking,
        ProvinceCode = "MA-HAO",
        Summary = summary,
    };
}
