using System.Globalization;
using System.Text;

namespace EMnr.Benchmarks;

/// <summary>Formats a run as Markdown: settings, load times and one table row per case.</summary>
internal static class Report
{
    public static string Format(
        BenchmarkOptions options, LoadTimings load, TimeSpan startTime, string server, int pageSize, IReadOnlyList<CaseResult> results)
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
        if (options.SetupSqlFile is not null)
        {
            text.AppendLine(culture, $"- Setup SQL run after the load: {options.SetupSqlFile}");
        }

        text.AppendLine();
        text.AppendLine("| Case | Matching rows | Median (ms) | p95 (ms) |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            text.AppendLine(culture, $"| {result.Name} | {result.Matched} | {result.MedianMs:F1} | {result.P95Ms:F1} |");
        }

        return text.ToString();
    }
}
