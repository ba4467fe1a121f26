using System.Collections.Concurrent;
using Thads.Host.Designer;
using Thads.Workflows.Forms;
using Thads.Workflows.Runtime;

namespace Thads.Host.Api;

/// <summary>
/// The form a task shows and checks: the latest version an administrator published in the designer, else the
/// standard form shipped with the processes. A published form applies to open tasks at once, as the administrator
/// who changed a label or a rule expects. Parsed forms are kept per published version.
/// </summary>
public sealed class TaskForms(DesignerForms forms)
{
    private readonly ConcurrentDictionary<(string Key, int Version), FormSchema> _parsed = new();

    public async Task<FormSchema?> ForAsync(UserTaskInfo task, CancellationToken cancellationToken)
    {
        if (task.FormKey is not { } key || !DesignerForms.IsValidKey(key) || await forms.LatestAsync(key, cancellationToken) is not { } document)
        {
            return null;
        }

        return _parsed.GetOrAdd((key, document.Version), _ => FormSchema.Parse(document.Json));
    }
}
