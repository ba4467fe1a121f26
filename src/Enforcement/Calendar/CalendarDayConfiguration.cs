using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Calendar;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public const int OccasionMaxLength = 200;
    public const int LegalBasisMaxLength = 500;
    public const int SourceMaxLength = 1000;
    public const int ActorMaxLength = 100;

    public void Configure(EntityTypeBuilder<CalendarDay> entity)
    {
        entity.ToTable("thads_calendar_days");
        entity.HasKey(day => day.Id);
        // One row per date: the unique index also settles two administrators adding the same date at once.
        entity.HasIndex(day => day.Date).IsUnique();
        entity.Property(day => day.Kind).HasConversion<string>().HasMaxLength(32);
        entity.Property(day => day.Confirmation).HasConversion<string>().HasMaxLength(32);
        entity.Property(day => day.Occasion).HasMaxLength(OccasionMaxLength);
        entity.Property(day => day.LegalBasis).HasMaxLength(LegalBasisMaxLength);
        entity.Property(day => day.Source).HasMaxLength(SourceMaxLength);
        entity.Property(day => day.CreatedBy).HasMaxLength(ActorMaxLength);
        entity.Property(day => day.UpdatedBy).HasMaxLength(ActorMaxLength);
    }
}
