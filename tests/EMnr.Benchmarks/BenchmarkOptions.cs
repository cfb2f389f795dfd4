using System.Globalization;

namespace EMnr.Benchmarks;

/// <summary>Command-line settings of a benchmark run.</summary>
internal sealed record BenchmarkOptions(int Rows, int Warmup, int Repetitions, string ResultsDirectory, string? SetupSqlFile)
{
    /// <summary>Reports of the casework data set; 0 leaves the casework cases out.</summary>
    public int Reports { get; init; } = 100_000;

    /// <summary>Leaves the communication cases out and loads only the casework data set.</summary>
    public bool CaseworkOnly { get; init; }

    public static bool TryParse(string[] args, out BenchmarkOptions options, out string error)
    {
        options = new BenchmarkOptions(1_000_000, 3, 20, Path.Combine("artifacts", "bench"), null);
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var argument = args[i];
            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                if (!TryParseCount(argument, 1, out var rows))
                {
                    error = $"Invalid row count '{argument}': expected a whole number of at least 1, such as 100000.";
                    return false;
                }

                options = options with { Rows = rows };
                continue;
            }

            if (argument is "--casework-only" or "--no-casework")
            {
                options = argument == "--casework-only" ? options with { CaseworkOnly = true } : options with { Reports = 0 };
                continue;
            }

            if (i + 1 >= args.Length)
            {
                error = $"Option {argument} needs a value.";
                return false;
            }

            var value = args[++i];
            switch (argument)
            {
                case "--warmup" when TryParseCount(value, 0, out var warmup):
                    options = options with { Warmup = warmup };
                    break;
                case "--repetitions" when TryParseCount(value, 1, out var repetitions):
                    options = options with { Repetitions = repetitions };
                    break;
                case "--reports" when TryParseCount(value, 100, out var reports):
                    options = options with { Reports = reports };
                    break;
                case "--results":
                    options = options with { ResultsDirectory = value };
                    break;
                case "--setup-sql" when File.Exists(value):
                    options = options with { SetupSqlFile = value };
                    break;
                case "--setup-sql":
                    error = $"SQL file '{value}' not found.";
                    return false;
                case "--warmup" or "--repetitions" or "--reports":
                    error = $"Invalid value '{value}' for {argument}: expected a whole number.";
                    return false;
                default:
                    error = $"Unknown option {argument}.";
                    return false;
            }
        }

        if (options is { CaseworkOnly: true, Reports: 0 })
        {
            error = "--casework-only and --no-casework exclude each other.";
            return false;
        }

        return true;
    }

    // Accepts 1000000, 1,000,000 and 1_000_000.
    private static bool TryParseCount(string text, int minimum, out int count) =>
        int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out count)
        && count >= minimum;
}
