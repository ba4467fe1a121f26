using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Host.Admin;
using Thads.Host.Localization;

namespace Thads.Host.Pages.Admin;

/// <summary>
/// The administration pages' common handling of the services' refusals: outside the administrator's remit → the
/// access-denied page, not found → 404, invalid values → the errors next to their fields (keyed by property name).
/// </summary>
public abstract class AdminPageModel : PageModel
{
    /// <summary>Set after a successful change, shown once at the top of the page.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>UI text in the reader's language, for messages set by the page model.</summary>
    protected UiText Text => HttpContext.RequestServices.GetRequiredService<UiText>();

    protected async Task<IActionResult> GuardAsync(Func<Task<IActionResult>> action)
    {
        try
        {
            return await action();
        }
        catch (AdminDeniedException)
        {
            return Forbid();
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (AdminValidationException exception)
        {
            foreach (var error in exception.Errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }

            return await InvalidAsync();
        }
    }

    /// <summary>What to show when a change was refused for its values: normally the same page again, with the errors.</summary>
    protected virtual Task<IActionResult> InvalidAsync() => Task.FromResult<IActionResult>(Page());

    /// <summary>The errors of one field, for the span next to it.</summary>
    public IEnumerable<string> ErrorsOf(string field) =>
        ModelState.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    /// <summary>Errors that belong to no field on the form (shown at the top).</summary>
    public IEnumerable<string> OtherErrors(params string[] fields) =>
        ModelState.Where(e => !fields.Contains(e.Key, StringComparer.Ordinal)).SelectMany(e => e.Value!.Errors.Select(x => x.ErrorMessage));
}
