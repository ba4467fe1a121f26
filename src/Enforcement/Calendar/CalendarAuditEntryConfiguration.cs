using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Calendar;

internal sealed class CalendarAuditEntryConfiguration : IEntityTypeConfiguration<CalendarAuditEntry>
{
    public void Configure(EntityTypeBuilder<CalendarAuditEntry> entity)
    {
        entity.ToTable("thads_calendar_audit");
        entity.HasKey(entry => entry.Id);
        // No foreign key to the day: the history of a deleted row must stay.
        entity.HasIndex(entry => entry.Date);
        entity.Property(entry => entry.Action).HasConversion<string>().HasMaxLength(16);
        entity.Property(entry => entry.ChangedBy).HasMaxLength(CalendarDayConfiguration.ActorMaxLength);
    }
}
