namespace EMnr.Core.Screening;

/// <summary>Either a suggestion, or the errors that prevented one.</summary>
public sealed record ScreeningResult
{
    private ScreeningResult(ScreeningSuggestion? suggestion, IReadOnlyList<ScreeningError> errors)
    {
        Suggestion = suggestion;
        Errors = errors;
    }

    /// <summary>The suggestion, or null when the request has errors.</summary>
    public ScreeningSuggestion? Suggestion { get; }

    /// <summary>Every error found in the request, empty when it is valid.</summary>
    public IReadOnlyList<ScreeningError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public static ScreeningResult Success(ScreeningSuggestion suggestion) =>
        new(suggestion ?? throw new ArgumentNullException(nameof(suggestion)), []);

    /// <exception cref="ArgumentException">The list of errors is empty.</exception>
    public static ScreeningResult Failure(IReadOnlyList<ScreeningError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed screening result needs at least one error.", nameof(errors));
        }

        return new ScreeningResult(null, errors);
    }
}
