using System.Reflection;

namespace Thads.Workflows.Activities;

/// <summary>Describes one input or output property and prepares its typed accessor.</summary>
internal static class ActivityPropertyDescriber
{
    private const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance;

    public static ActivityPropertyDescriptor Input(
        Type activityType,
        string typeName,
        PropertyInfo property,
        ActivityInputAttribute attribute,
        ValueConverter converter,
        out InputBinder binder)
    {
        if (property.SetMethod is not { IsPublic: true })
        {
            throw ActivityDescriber.Invalid(activityType, $"input '{property.Name}' has no public setter");
        }

        var explicitChoices = attribute.Choices ?? [];
        var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (explicitChoices.Length > 0 && valueType != typeof(string) && !valueType.IsEnum)
        {
            throw ActivityDescriber.Invalid(activityType, $"input '{property.Name}' has Choices but is {property.PropertyType.Name}; choices need a string or enum property");
        }

        var name = BpmnName(property.Name);
        var choices = explicitChoices.Length > 0 ? explicitChoices : EnumNames(valueType);
        var descriptor = new ActivityPropertyDescriptor(
            name,
            property.Name,
            property.PropertyType,
            choices.Length > 0 ? ActivityValueKind.Choice : converter.Kind,
            LocalizedText.From(attribute.DisplayNameVi, attribute.DisplayNameEn, name),
            LocalizedText.From(attribute.DescriptionVi, attribute.DescriptionEn, ""),
            attribute.Required,
            string.IsNullOrEmpty(attribute.DefaultValue) ? null : attribute.DefaultValue,
            choices);

        var declaring = property.DeclaringType!;
        var setter = property.SetMethod.CreateDelegate(typeof(Action<,>).MakeGenericType(declaring, property.PropertyType));
        try
        {
            binder = (InputBinder)Activator.CreateInstance(
                typeof(InputBinder<,>).MakeGenericType(declaring, property.PropertyType),
                PublicInstance | BindingFlags.DoNotWrapExceptions,
                binder: null,
                [typeName, descriptor, converter, setter, explicitChoices],
                culture: null)!;
        }
        catch (ArgumentException ex)
        {
            throw ActivityDescriber.Invalid(activityType, ex.Message, ex);
        }

        return descriptor;
    }

    public static ActivityPropertyDescriptor Output(
        Type activityType,
        string typeName,
        PropertyInfo property,
        ActivityOutputAttribute attribute,
        ValueConverter converter,
        out OutputReader reader)
    {
        if (property.GetMethod is not { IsPublic: true })
        {
            throw ActivityDescriber.Invalid(activityType, $"output '{property.Name}' has no public getter");
        }

        var name = BpmnName(property.Name);
        var choices = EnumNames(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
        var descriptor = new ActivityPropertyDescriptor(
            name,
            property.Name,
            property.PropertyType,
            choices.Length > 0 ? ActivityValueKind.Choice : converter.Kind,
            LocalizedText.From(attribute.DisplayNameVi, attribute.DisplayNameEn, name),
            LocalizedText.From(attribute.DescriptionVi, attribute.DescriptionEn, ""),
            required: false,
            defaultValue: null,
            choices);

        var declaring = property.DeclaringType!;
        var getter = property.GetMethod.CreateDelegate(typeof(Func<,>).MakeGenericType(declaring, property.PropertyType));
        reader = (OutputReader)Activator.CreateInstance(
            typeof(OutputReader<,>).MakeGenericType(declaring, property.PropertyType),
            PublicInstance | BindingFlags.DoNotWrapExceptions,
            binder: null,
            [typeName, name, converter, getter],
            culture: null)!;
        return descriptor;
    }

    /// <summary>The BPMN name: the property name with its first letter lower-cased (<c>CaseNumber</c> → <c>caseNumber</c>).</summary>
    public static string BpmnName(string propertyName) =>
        string.Concat(char.ToLowerInvariant(propertyName[0]).ToString(), propertyName.AsSpan(1));

    private static string[] EnumNames(Type type) => type.IsEnum ? Enum.GetNames(type) : [];
}
