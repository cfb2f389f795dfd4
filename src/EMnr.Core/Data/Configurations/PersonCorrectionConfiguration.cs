using System.Text.Json;
using EMnr.Core.Communications;
using EMnr.Core.Persons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EMnr.Core.Data.Configurations;

internal sealed class PersonCorrectionConfiguration : IEntityTypeConfiguration<PersonCorrection>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<PersonCorrection> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(PersonCorrection.ReasonMaxLength);
        builder.Property(c => c.Changes)
            .HasColumnType("jsonb")
            .HasConversion(
                changes => JsonSerializer.Serialize(changes, JsonOptions),
                json => JsonSerializer.Deserialize<List<FieldChange>>(json, JsonOptions) ?? new List<FieldChange>(),
                new ValueComparer<List<FieldChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, change) => HashCode.Combine(hash, change)),
                    list => list.ToList()));
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId);
        builder.HasIndex(c => new { c.PersonId, c.CorrectedAt, c.Id });
    }
}
