using System.Text;

namespace EMnr.Web.Tests.Imports;

/// <summary>Builds call-log CSV files for tests. Every value is invented.</summary>
internal static class CallLogCsv
{
    public const string Header = "received_at;channel;language;caller_type;category;redirected_to;province;crisis;summary";

    public static string Row(
        string receivedAt = "14/09/2023 09:12",
        string channel = "GreenLine",
        string language = "Darija",
        string callerType = "Witness",
        string category = "SuspectedTrafficking",
        string redirectedTo = "",
        string province = "MA-HAO",
        string crisis = "",
        string summary = "Un intermédiaire propose du travail en ville à des adolescents du douar.") =>
        string.Join(';', receivedAt, channel, language, callerType, category, redirectedTo, province, crisis, summary);

    /// <summary>The header and the rows, one per line, with a final line break.</summary>
    public static string Text(params string[] rows) => string.Join('\n', [Header, .. rows]) + "\n";

    public static byte[] Utf8(params string[] rows) => Encoding.UTF8.GetBytes(Text(rows));

    /// <summary>Returns the sample file shipped in samples/, found from the test's output folder.</summary>
    public static byte[] Sample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EMnr.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No EMnr.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
        }

        return File.ReadAllBytes(Path.Combine(directory.FullName, "samples", "call-log-sample.csv"));
    }
}
