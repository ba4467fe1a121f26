namespace Thads.Workflows.Forms;

/// <summary>Form-js forms on disk, one <c>KEY.form</c> file per form key (the key user tasks name in <c>camunda:formKey</c>).</summary>
public static class FormLibrary
{
    /// <exception cref="FormatException">A file is not a form; the message names the file.</exception>
    public static IReadOnlyDictionary<string, FormSchema> LoadDirectory(string directory)
    {
        var forms = new Dictionary<string, FormSchema>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            return forms;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.form").Order(StringComparer.Ordinal))
        {
            try
            {
                forms[Path.GetFileNameWithoutExtension(file)] = FormSchema.Parse(File.ReadAllText(file));
            }
            catch (FormatException e)
            {
                throw new FormatException($"{file}: {e.Message}", e);
            }
        }

        return forms;
    }
}
