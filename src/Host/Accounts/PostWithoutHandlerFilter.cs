using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Thads.Host.Accounts;

/// <summary>
/// A form post to a page that has no handler for it is answered 405. Razor Pages would otherwise render the page
/// without running its <c>OnGet</c>, skipping the checks a page makes there (who may see this case) and showing an
/// empty shell to anyone who posts.
/// </summary>
internal sealed class PostWithoutHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
