using EMnr.Core.Identity;

namespace EMnr.Web.Tests.Authorization;

/// <summary>Record types whose id appears in a route and whose visibility depends on the caller's institution.</summary>
public enum Resource
{
    Report,
    Person,
    Communication,
}

/// <summary>How a request body is sent for a POST or PUT route of the matrix.</summary>
public enum RequestBody
{
    /// <summary>An empty JSON object for API routes, or a form with only the antiforgery token for pages.</summary>
    Empty,

    /// <summary>A multipart form with an empty file part named <c>file</c>.</summary>
    EmptyFile,
}

/// <summary>
/// Who may call one route, and whether the route takes the id of a record that is only visible to
/// the record's institution. Build it with <see cref="AuthorizationMatrix.Allow"/> or
/// <see cref="AuthorizationMatrix.Public"/> and the methods below.
/// </summary>
public sealed record RouteExpectation(IReadOnlySet<string> AllowedRoles, bool IsPublic)
{
    /// <summary>Record type of the route's main id; null for routes without an institution-scoped record.</summary>
    public Resource? ScopedResource { get; init; }

    /// <summary>Query string added to the request, with <c>{reportId}</c>-style placeholders.</summary>
    public string? QueryTemplate { get; init; }

    public RequestBody Body { get; init; } = RequestBody.Empty;

    /// <summary>The route takes the id of a <paramref name="resource"/>: another institution's record must answer 404.</summary>
    public RouteExpectation Scoped(Resource resource) => this with { ScopedResource = resource };

    public RouteExpectation Query(string template) => this with { QueryTemplate = template };

    public RouteExpectation WithBody(RequestBody body) => this with { Body = body };

    /// <summary>Whether an allowed call ends the caller's sessions, so that the matrix only tries the refused callers.</summary>
    public bool EndsSessions { get; init; }

    /// <summary>Marks a route whose allowed call signs the caller out everywhere; its own tests cover the allowed case.</summary>
    public RouteExpectation EndingSessions() => this with { EndsSessions = true };

    public bool Allows(string? role) => IsPublic || (role is not null && AllowedRoles.Contains(role));

    public static RouteExpectation ForRoles(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        var unknown = set.Except(Roles.All).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown role(s) in the matrix: {string.Join(", ", unknown)}. Use names from Roles.All.");
        }

        return new RouteExpectation(set, IsPublic: false);
    }
}
