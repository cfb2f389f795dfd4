using System.Globalization;
using System.Text;

namespace EMnr.Benchmarks;

/// <summary>Formats a run as Markdown: settings, load times and one table row per case.</summary>
internal static class Report
{
    public static string Format(
        BenchmarkOptions options, LoadTimings load, TimeSpan startTime, string server, int pageSize, IReadOnlyList<CaseResult> results, bool ranSetupSql)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(culture, $"## {options.Rows:N0} communications");
        text.AppendLine();
        text.AppendLine(culture, $"- Machine: {Environment.ProcessorCount} logical cores, {server}");
        text.AppendLine(culture, $"- Runs per case: {options.Warmup} warm-up, {options.Repetitions} timed; page size {pageSize}");
        text.AppendLine(culture, $"- App start (migrations and reference data): {startTime.TotalSeconds:F1} s");
        text.AppendLine(culture,
            $"- Load: {load.Total.TotalSeconds:F1} s in all: generate {load.Generate.TotalSeconds:F1} s, binary COPY {load.Copy.TotalSeconds:F1} s, " +
            $"create indexes {load.Indexes.TotalSeconds:F1} s, VACUUM ANALYZE {load.VacuumAnalyze.TotalSeconds:F1} s");
        if (ranSetupSql)
        {
            text.AppendLine(culture, $"- Setup SQL run after the load: {options.SetupSqlFile}");
        }

        AppendTable(text, results);
        return text.ToString();
    }

    public static string FormatCasework(
        BenchmarkOptions options, CaseworkSize size, CaseworkLoadTimings load, TimeSpan startTime, string server,
        IReadOnlyList<CaseResult> results, IReadOnlyList<(string Table, long Rows)> tableSizes, bool ranSetupSql)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(culture, $"## Casework: {size.Reports:N0} reports, {size.Persons:N0} persons, {size.Referrals:N0} referrals");
        text.AppendLine();
        text.AppendLine(culture, $"- Machine: {Environment.ProcessorCount} logical cores, {server}");
        text.AppendLine(culture, $"- Runs per case: {options.Warmup} warm-up, {options.Repetitions} timed; page size {CaseworkCases.PageSize}");
        text.AppendLine(culture, $"- App start (migrations and reference data): {startTime.TotalSeconds:F1} s");
        text.AppendLine(culture,
            $"- Load: {load.Total.TotalSeconds:F1} s in all: INSERT ... SELECT {load.Insert.TotalSeconds:F1} s, " +
            $"create indexes {load.Indexes.TotalSeconds:F1} s, VACUUM ANALYZE {load.VacuumAnalyze.TotalSeconds:F1} s");
        text.AppendLine(culture, $"- Rows: {string.Join(", ", tableSizes.Select(t => $"{t.Table} {t.Rows:N0}"))}");
        if (ranSetupSql)
        {
            text.AppendLine(culture, $"- Setup SQL run after the load: {options.SetupSqlFile}");
        }

        AppendTable(text, results);
        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, IReadOnlyList<CaseResult> results)
    {
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine();
        text.AppendLine("| Case | Matching rows | Median (ms) | p95 (ms) |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            text.AppendLine(culture, $"| {result.Name} | {result.Matched} | {result.MedianMs:F1} | {result.P95Ms:F1} |");
        }
    }
}
