using EMnr.Core.Crises;
using EMnr.Core.Data;
using EMnr.Core.Geography;
using EMnr.Core.Identity;
using EMnr.Core.Institutions;
using EMnr.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Seeding;

/// <summary>
/// Inserts or updates the reference data (regions, provinces, institutions, crises, roles).
/// Safe to run at every start and from several instances at once: it holds a PostgreSQL
/// advisory lock for the duration.
/// </summary>
public sealed partial class DatabaseSeeder(
    EMnrDbContext db,
    DemoDataSeeder demo,
    Features.Screening.IndicatorGuides guides,
    ILogger<DatabaseSeeder> logger)
{
    /// <summary>Advisory lock key shared by every instance that seeds this database.</summary>
    private const long SeedLockKey = 0x454D4E52_0001;

    public async Task SeedAsync(bool includeDemoData, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", cancellationToken);

        await SeedRegionsAsync(cancellationToken);
        await SeedInstitutionsAsync(cancellationToken);
        await SeedCrisesAsync(cancellationToken);
        await SeedRolesAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await guides.SeedAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogReferenceDataSeeded(logger, MoroccoDivisions.Provinces.Count, InstitutionSeeds.All.Count);

        if (includeDemoData)
        {
            await demo.SeedAsync(cancellationToken);
        }
    }

    private async Task SeedRegionsAsync(CancellationToken cancellationToken)
    {
        var regions = await db.Regions.ToDictionaryAsync(r => r.Code, cancellationToken);
        foreach (var seed in MoroccoDivisions.Regions)
        {
            if (!regions.TryGetValue(seed.Code, out var region))
            {
                region = new Region { Code = seed.Code, NameFr = seed.NameFr, NameAr = seed.NameAr };
                db.Regions.Add(region);
            }

            region.NameFr = seed.NameFr;
            region.NameAr = seed.NameAr;
        }

        await db.SaveChangesAsync(cancellationToken);
        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code, cancellationToken);
        foreach (var seed in MoroccoDivisions.Provinces)
        {
            if (!provinces.TryGetValue(seed.Code, out var province))
            {
                province = new Province { Code = seed.Code, RegionCode = seed.RegionCode, NameFr = seed.NameFr, NameAr = seed.NameAr };
                db.Provinces.Add(province);
            }

            province.RegionCode = seed.RegionCode;
            province.NameFr = seed.NameFr;
            province.NameAr = seed.NameAr;
            province.Kind = seed.Kind;
        }
    }

    /// <summary>
    /// Adds the seeded institutions that are missing. Existing ones are left alone: administrators
    /// edit names, coverage, services and contacts, and a restart must not undo their changes.
    /// </summary>
    private async Task SeedInstitutionsAsync(CancellationToken cancellationToken)
    {
        var codes = InstitutionSeeds.All.Select(s => s.Code).ToList();
        var existing = await db.Institutions.Where(i => codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(cancellationToken);
        foreach (var seed in InstitutionSeeds.All.Where(s => !existing.Contains(s.Code)))
        {
            db.Institutions.Add(new Institution
            {
                Id = Guid.CreateVersion7(),
                Code = seed.Code,
                NameFr = seed.NameFr,
                NameAr = seed.NameAr,
                Type = seed.Type,
                ProvinceCodes = [.. seed.ProvinceCodes],
                Services = [.. seed.Services],
            });
        }
    }

    private async Task SeedCrisesAsync(CancellationToken cancellationToken)
    {
        var seed = AlHaouzEarthquake.Create();
        var crisis = await db.Crises.FirstOrDefaultAsync(c => c.Code == seed.Code, cancellationToken);
        if (crisis is null)
        {
            db.Crises.Add(seed);
        }
    }

    private async Task SeedRolesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Except(existing))
        {
            db.Roles.Add(new AppRole
            {
                Id = Guid.CreateVersion7(),
                Name = role,
                NormalizedName = role!.ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            });
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Reference data ready: {ProvinceCount} provinces, {InstitutionCount} institutions")]
    private static partial void LogReferenceDataSeeded(ILogger logger, int provinceCount, int institutionCount);
}
