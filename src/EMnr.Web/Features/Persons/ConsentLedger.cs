using EMnr.Core.Data;
using EMnr.Core.Institutions;
using EMnr.Core.Persons;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Persons;

/// <summary>Finds the consent that lets a person's identity go to a recipient for a purpose.</summary>
public sealed class ConsentLedger(EMnrDbContext db)
{
    /// <summary>Returns the most recent consent in force at <paramref name="at"/>, or null when none covers the referral.</summary>
    public async Task<ConsentRecord?> FindValidAsync(Guid personId, Institution recipient, ServiceKind purpose, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var candidates = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.PersonId == personId && c.Purpose == purpose && c.GivenAt <= at
                && (c.WithdrawnAt == null || c.WithdrawnAt > at)
                && (c.RecipientInstitutionId == recipient.Id || (c.RecipientInstitutionId == null && c.RecipientType == recipient.Type)))
            .OrderByDescending(c => c.GivenAt)
            .Take(20)
            .ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(c => ConsentRules.Covers(c, person, recipient, purpose, at));
    }
}
