using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Thads.Enforcement.Cases.Configuration;

/// <summary>
/// Stores a moment as its UTC ticks (a 64-bit integer) and reads it back in UTC. SQLite cannot compare or order
/// <see cref="DateTimeOffset"/> text in SQL; ticks compare and order correctly on every provider.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    moment => moment.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
