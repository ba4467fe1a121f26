using System.Collections.Concurrent;
using System.Reflection;

namespace Thads.Host.Demo;

/// <summary>Shallow copies of stored rows: every public read-write property of a value type or string, no navigation, no collection.</summary>
internal static class DemoEntityCopy
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Scalars = new();

    public static T Copy<T>(T source)
        where T : class, new()
    {
        var copy = new T();
        foreach (var property in Scalars.GetOrAdd(typeof(T), ScalarsOf))
        {
            property.SetValue(copy, property.GetValue(source));
        }

        return copy;
    }

    private static PropertyInfo[] ScalarsOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0 && (p.PropertyType.IsValueType || p.PropertyType == typeof(string)))
            .ToArray();
}
