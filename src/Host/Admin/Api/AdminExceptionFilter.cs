using System.Text.Json;
using Thads.Host.Api;

namespace Thads.Host.Admin.Api;

/// <summary>
/// Turns the administration services' refusals into problem+json: not allowed → 403, not found → 404, invalid values
/// → 400 with the errors under the JSON field names (<c>unitId</c>, <c>roles</c>, …).
/// </summary>
internal sealed class AdminExceptionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (AdminDeniedException exception)
        {
            return ApiProblems.Forbidden(exception.Message);
        }
        catch (KeyNotFoundException exception)
        {
            return ApiProblems.NotFound(exception.Message);
        }
        catch (AdminValidationException exception)
        {
            return ApiProblems.Validation(
                exception.Errors.Select(e => new KeyValuePair<string, string>(JsonNamingPolicy.CamelCase.ConvertName(e.Field), e.Message)),
                "Dữ liệu không hợp lệ; xem lỗi của từng trường.");
        }
    }
}
