using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Persons;
using EMnr.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Persons;

/// <summary>
/// Suggests persons who may be the same as a given one: names close after folding (trigram word
/// similarity in PostgreSQL, served by the GIN index on <c>name_search</c>) and, when both dates of
/// birth are known, at most two years apart. Only persons the user may see are suggested; merging
/// stays a reviewer's decision.
/// </summary>
public sealed class DuplicateFinder(EMnrDbContext db, CaseScope scope)
{
    public const int MaxBirthDateGapDays = 730;

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(Person person, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var names = person.NameSearch.Split(" | ", StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            return [];
        }

        var latin = names[0];
        var arabic = names.Length > 1 ? names[1] : names[0];
        var matches = await db.Database.SqlQuery<NameMatch>($"""
            SELECT id AS "Id", GREATEST(word_similarity({latin}, name_search), word_similarity({arabic}, name_search)) ::float8 AS "Similarity"
            FROM persons
            WHERE id <> {person.Id} AND merged_into_id IS NULL AND ({latin} <% name_search OR {arabic} <% name_search)
            ORDER BY 2 DESC
            LIMIT 50
            """).ToListAsync(cancellationToken);
        if (matches.Count == 0)
        {
            return [];
        }

        var ids = matches.Select(m => m.Id).ToList();
        var visible = await scope.Persons(user).Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Code, p.DateOfBirth })
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        return matches
            .Where(m => visible.ContainsKey(m.Id))
            .Select(m =>
            {
                var other = visible[m.Id];
                int? gap = person.DateOfBirth is { } a && other.DateOfBirth is { } b ? Math.Abs(a.DayNumber - b.DayNumber) : null;
                return new DuplicateCandidate(m.Id, other.Code, Math.Round(m.Similarity, 2), gap);
            })
            .Where(c => c.DaysBetweenBirthDates is null or <= MaxBirthDateGapDays)
            .Take(10)
            .ToList();
    }

    private sealed record NameMatch(Guid Id, double Similarity);
}
