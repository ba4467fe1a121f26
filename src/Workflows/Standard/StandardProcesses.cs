using System.Reflection;
using Thads.Workflows.Forms;

namespace Thads.Workflows.Standard;

/// <summary>
/// The standard THADS processes and their forms (src/Workflows/Definitions), shipped inside this assembly
/// so that every installation deploys the same files at start.
/// </summary>
public static class StandardProcesses
{
    private const string Prefix = "Definitions/";
    private const string FormPrefix = "Definitions/forms/";

    private static readonly Lazy<IReadOnlyDictionary<string, FormSchema>> LoadedForms = new(LoadForms);

    /// <summary>Each process file as (file name, XML), in name order.</summary>
    public static IReadOnlyList<(string FileName, string Xml)> Files() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && !n.StartsWith(FormPrefix, StringComparison.Ordinal) && n.EndsWith(".bpmn", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[Prefix.Length..], Read(n)))
            .ToList();

    /// <summary>The forms by form key (the file name without <c>.form</c>).</summary>
    public static IReadOnlyDictionary<string, FormSchema> Forms => LoadedForms.Value;

    private static IReadOnlyDictionary<string, FormSchema> LoadForms() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(FormPrefix, StringComparison.Ordinal) && n.EndsWith(".form", StringComparison.Ordinal))
            .ToDictionary(n => Path.GetFileNameWithoutExtension(n[FormPrefix.Length..]), n => FormSchema.Parse(Read(n)), StringComparer.Ordinal);

    /// <summary>The forms' JSON text by form key, as shipped (for editors that need the whole form-js document).</summary>
    public static IReadOnlyDictionary<string, string> FormFiles() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(FormPrefix, StringComparison.Ordinal) && n.EndsWith(".form", StringComparison.Ordinal))
            .ToDictionary(n => Path.GetFileNameWithoutExtension(n[FormPrefix.Length..]), Read, StringComparer.Ordinal);

    private static Assembly Assembly => typeof(StandardProcesses).Assembly;

    private static string Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
