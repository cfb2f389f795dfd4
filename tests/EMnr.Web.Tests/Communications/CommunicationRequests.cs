namespace EMnr.Web.Tests.Communications;

/// <summary>Request bodies for the communication API, valid unless a test changes them.</summary>
internal static class CommunicationRequests
{
    public static Dictionary<string, object?> Valid(DateTimeOffset? receivedAt = null, string summary = "Appel au sujet d'un enfant placé.") => new()
    {
        ["receivedAt"] = (receivedAt ?? DateTimeOffset.UtcNow.AddMinutes(-10)).ToString("O"),
        ["channel"] = "GreenLine",
        ["language"] = "Darija",
        ["callerType"] = "Witness",
        ["category"] = "SuspectedTrafficking",
        ["redirectedTo"] = null,
        ["provinceCode"] = "MA-HAO",
        ["crisisId"] = null,
        ["summary"] = summary,
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> request, string field, object? value)
    {
        var copy = new Dictionary<string, object?>(request) { [field] = value };
        return copy;
    }
}
