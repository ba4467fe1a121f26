using System.Security.Claims;
using Thads.Enforcement.Organisation;
using Thads.Host.Admin.Units;

namespace Thads.Host.Admin.Api;

internal static class AdminUnitEndpoints
{
    public static void MapAdminUnitEndpoints(this RouteGroupBuilder admin)
    {
        var units = admin.MapGroup("/units").WithTags("Quản trị – Đơn vị");

        units.MapGet("", async (ClaimsPrincipal user, UnitAdminService service, CancellationToken ct) => Results.Ok(await service.TreeAsync(user, ct)))
            .WithName("AdminListUnits")
            .WithSummary("Cây đơn vị của quản trị: đơn vị của mình và các đơn vị trực thuộc")
            .WithDescription("Theo thứ tự cây (depth = cấp dưới đơn vị của người gọi), mỗi cấp theo mã.")
            .Produces<IReadOnlyList<UnitView>>();

        units.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, UnitAdminService service, CancellationToken ct) => Results.Ok(await service.GetAsync(user, id, ct)))
            .WithName("AdminGetUnit")
            .WithSummary("Một đơn vị")
            .Produces<UnitView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        units.MapPost("", async (UnitRequest body, ClaimsPrincipal user, UnitAdminService service, CancellationToken ct) =>
            {
                var created = await service.CreateAsync(user, Input(body), ct);
                return Results.Created($"/api/admin/units/{created.Id}", created);
            })
            .WithName("AdminCreateUnit")
            .WithSummary("Tạo đơn vị trực thuộc một đơn vị trong phạm vi")
            .WithDescription("Mã đơn vị duy nhất, không đổi sau khi tạo; parentId bắt buộc và trong phạm vi (403 nếu ngoài phạm vi); lỗi theo trường (code, name, kind, parentId, validTo, succeededById). Ghi nhật ký.")
            .Produces<UnitView>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        units.MapPut("/{id:int}", async (int id, UnitRequest body, ClaimsPrincipal user, UnitAdminService service, CancellationToken ct) =>
                Results.Ok(await service.UpdateAsync(user, id, Input(body), ct)))
            .WithName("AdminUpdateUnit")
            .WithSummary("Sửa đơn vị: tên, loại, đơn vị cấp trên, hiệu lực, đơn vị kế thừa")
            .WithDescription("Từ chối vòng lặp trong cây (parentId là chính nó hoặc đơn vị cấp dưới của nó) và đổi mã. Ghi nhật ký trước/sau.")
            .Produces<UnitView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static UnitInput Input(UnitRequest body)
    {
        var parser = new AdminRequestParser();
        var kind = parser.Enum<UnitKind>(body.Kind, nameof(UnitInput.Kind), "Loại đơn vị", required: true);
        var from = parser.Date(body.ValidFrom, nameof(UnitInput.ValidFrom), "Hiệu lực từ ngày", required: false);
        var to = parser.Date(body.ValidTo, nameof(UnitInput.ValidTo), "Hiệu lực đến ngày", required: false);
        parser.ThrowIfInvalid();
        return new UnitInput(body.Code ?? "", body.Name ?? "", kind!.Value, body.ParentId, from, to, body.SucceededById,
            body.IssuesDecisions ?? true, body.HoldsMoney ?? true);
    }
}
