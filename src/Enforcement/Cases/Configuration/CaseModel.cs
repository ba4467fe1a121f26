using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

/// <summary>Mapping conventions shared by the case tables.</summary>
internal static class CaseModel
{
    public const int NumberMaxLength = 100;
    public const int NameMaxLength = 300;
    public const int TextMaxLength = 2000;
    public const int ActorMaxLength = 100;
    public const int CodeMaxLength = 50;
    public const int EnumMaxLength = 32;

    /// <summary>Enums as their names: the tables stay readable for statistics queries, and reordering an enum cannot corrupt data.</summary>
    public static PropertyBuilder<TEnum> AsName<TEnum>(this PropertyBuilder<TEnum> property) =>
        property.HasConversion<string>().HasMaxLength(EnumMaxLength);

    public static PropertyBuilder<DateTimeOffset> AsUtcTicks(this PropertyBuilder<DateTimeOffset> property) =>
        property.HasConversion(new UtcTicksConverter());

    public static PropertyBuilder<DateTimeOffset?> AsUtcTicks(this PropertyBuilder<DateTimeOffset?> property) =>
        property.HasConversion(new UtcTicksConverter());

    public static PropertyBuilder<string> Actor(this PropertyBuilder<string> property) =>
        property.HasMaxLength(ActorMaxLength).IsRequired();
}
