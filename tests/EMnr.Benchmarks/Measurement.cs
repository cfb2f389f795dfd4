using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Benchmarks;

/// <summary>Number of matching records as the app reported it. When it is not exact, more than <see cref="Count"/> match.</summary>
internal readonly record struct MatchCount(long Count, bool IsExact)
{
    public override string ToString() =>
        Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + (IsExact ? "" : "+");
}

/// <summary>
/// One timed operation. <see cref="Run"/> gets a fresh DI scope, as an HTTP request would, and
/// returns the number of records that match, for the report.
/// </summary>
internal sealed record BenchmarkCase(string Name, Func<IServiceProvider, Task<MatchCount>> Run);

/// <summary>Timings of one case, in milliseconds, and the number of matching records.</summary>
internal sealed record CaseResult(string Name, MatchCount Matched, IReadOnlyList<double> SamplesMs)
{
    public double MedianMs => Percentiles.Median(SamplesMs);

    public double P95Ms => Percentiles.NearestRank(SamplesMs, 95);
}

internal static class Percentiles
{
    public static double Median(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Nearest-rank percentile: the smallest sample with at least <paramref name="percent"/>% of samples at or below it.</summary>
    public static double NearestRank(IReadOnlyList<double> samples, int percent)
    {
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}

internal static class Measurement
{
    /// <summary>Runs the case <paramref name="warmup"/> times untimed, then <paramref name="repetitions"/> times timed.</summary>
    public static async Task<CaseResult> MeasureAsync(IServiceProvider services, BenchmarkCase benchmark, int warmup, int repetitions)
    {
        MatchCount matched = default;
        for (var i = 0; i < warmup; i++)
        {
            matched = await RunInScopeAsync(services, benchmark);
        }

        var samples = new List<double>(repetitions);
        for (var i = 0; i < repetitions; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            matched = await RunInScopeAsync(services, benchmark);
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        return new CaseResult(benchmark.Name, matched, samples);
    }

    public static async Task<MatchCount> RunInScopeAsync(IServiceProvider services, BenchmarkCase benchmark)
    {
        await using var scope = services.CreateAsyncScope();
        return await benchmark.Run(scope.ServiceProvider);
    }
}
