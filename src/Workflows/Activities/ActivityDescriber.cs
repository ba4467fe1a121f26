using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Thads.Workflows.Activities;

/// <summary>Reads the attributes of an activity class into an <see cref="ActivityDescriptor"/>, checking the contract.</summary>
public static class ActivityDescriber
{
    /// <summary>Describes <paramref name="activityType"/>.</summary>
    /// <exception cref="ArgumentException">The class breaks the activity contract; the message says how.</exception>
    public static ActivityDescriptor Describe(Type activityType)
    {
        ArgumentNullException.ThrowIfNull(activityType);

        var attribute = CheckClass(activityType);
        var typeName = attribute.TypeName ?? "";
        if (!IsValidTypeName(typeName))
        {
            throw Invalid(activityType, $"the type name '{typeName}' must start with a letter or '_' and contain only ASCII letters, digits, '_', '.' and '-'");
        }

        if (attribute.TemplateVersion < 1)
        {
            throw Invalid(activityType, $"the template version {attribute.TemplateVersion} must be 1 or more");
        }

        var inputs = new List<ActivityPropertyDescriptor>();
        var outputs = new List<ActivityPropertyDescriptor>();
        var binders = new List<InputBinder>();
        var readers = new List<OutputReader>();
        foreach (var property in ActivityProperties(activityType))
        {
            var input = property.GetCustomAttribute<ActivityInputAttribute>(inherit: false);
            var output = property.GetCustomAttribute<ActivityOutputAttribute>(inherit: false);
            if (input is null && output is null)
            {
                continue;
            }

            var converter = CheckProperty(activityType, property);
            if (input is not null)
            {
                inputs.Add(ActivityPropertyDescriber.Input(activityType, typeName, property, input, converter, out var binder));
                binders.Add(binder);
            }

            if (output is not null)
            {
                outputs.Add(ActivityPropertyDescriber.Output(activityType, typeName, property, output, converter, out var reader));
                readers.Add(reader);
            }
        }

        CheckUniqueNames(activityType, inputs, "input");
        CheckUniqueNames(activityType, outputs, "output");

        return new ActivityDescriptor(
            typeName,
            activityType,
            string.IsNullOrWhiteSpace(attribute.Category) ? "General" : attribute.Category.Trim(),
            attribute.TemplateVersion,
            LocalizedText.From(attribute.DisplayNameVi, attribute.DisplayNameEn, typeName),
            LocalizedText.From(attribute.DescriptionVi, attribute.DescriptionEn, ""),
            inputs,
            outputs,
            new ActivityPlan(activityType, [.. binders], [.. readers]));
    }

    /// <summary>True when <paramref name="type"/> looks like an activity class that discovery should register.</summary>
    internal static bool IsCandidate(Type type)
    {
        // A private nested class is an implementation detail of its outer class (a test double, say); register it explicitly.
        return type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false, IsNestedPrivate: false }
            && typeof(IWorkflowActivity).IsAssignableFrom(type)
            && type.IsDefined(typeof(WorkflowActivityAttribute), inherit: false);
    }

    internal static ArgumentException Invalid(Type activityType, string reason, Exception? inner = null) =>
        new($"{activityType.FullName} cannot be used as a workflow activity: {reason}.", nameof(activityType), inner);

    private static WorkflowActivityAttribute CheckClass(Type activityType)
    {
        var attribute = activityType.GetCustomAttribute<WorkflowActivityAttribute>(inherit: false)
            ?? throw Invalid(activityType, $"it has no [WorkflowActivity] attribute");

        if (!typeof(IWorkflowActivity).IsAssignableFrom(activityType))
        {
            throw Invalid(activityType, $"it does not implement {nameof(IWorkflowActivity)}");
        }

        if (!activityType.IsClass)
        {
            throw Invalid(activityType, "it is not a class");
        }

        if (activityType.IsAbstract)
        {
            throw Invalid(activityType, "it is abstract");
        }

        if (activityType.ContainsGenericParameters)
        {
            throw Invalid(activityType, "it is an open generic type");
        }

        var constructors = activityType.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        if (constructors.Length == 0)
        {
            throw Invalid(activityType, "it has no public constructor");
        }

        // The default factory (ActivatorUtilities) refuses to guess between constructors, so the choice is checked here, early.
        if (constructors.Length > 1 && constructors.Count(c => c.IsDefined(typeof(ActivatorUtilitiesConstructorAttribute), false)) != 1)
        {
            throw Invalid(activityType, "it has several public constructors; keep one or mark one with [ActivatorUtilitiesConstructor]");
        }

        return attribute;
    }

    private static bool IsValidTypeName(string name)
    {
        return name.Length > 0
            && (char.IsAsciiLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');
    }

    /// <summary>Every property in declaration order, base classes first, so designer forms keep the author's order.</summary>
    private static IEnumerable<PropertyInfo> ActivityProperties(Type activityType)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        return activityType.GetProperties(all)
            .OrderBy(p => InheritanceDepth(p.DeclaringType!))
            .ThenBy(p => p.MetadataToken);
    }

    private static int InheritanceDepth(Type type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }

    private static ValueConverter CheckProperty(Type activityType, PropertyInfo property)
    {
        var accessor = property.GetMethod ?? property.SetMethod!;
        if (accessor.IsStatic)
        {
            throw Invalid(activityType, $"property '{property.Name}' is static");
        }

        if (property.GetIndexParameters().Length > 0)
        {
            throw Invalid(activityType, $"property '{property.Name}' is an indexer");
        }

        return ValueConverters.Create(property.PropertyType)
            ?? throw Invalid(activityType, $"property '{property.Name}' has type {property.PropertyType.Name}, which is not supported (use {ValueConverters.SupportedTypes})");
    }

    private static void CheckUniqueNames(Type activityType, List<ActivityPropertyDescriptor> properties, string role)
    {
        var duplicate = properties.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var clashing = string.Join(", ", duplicate.Select(p => p.PropertyName));
            throw Invalid(activityType, $"properties {clashing} all become the {role} name '{duplicate.Key}'");
        }
    }
}
