using System.Text.Json.Nodes;
using Thads.Host.Api;
using Thads.Workflows.Standard;

namespace Thads.Host.Tests.Api;

public sealed class FormValidatorTests
{
    private static readonly Dictionary<string, JsonNode?> NoVariables = [];

    [Fact]
    public void A_field_hidden_by_its_condition_is_not_required()
    {
        var values = ApiHost.ValidIntake();
        values["intakePath"] = "chu-dong";
        values.Remove("requesterName");
        Assert.Empty(FormValidator.Validate("intake", StandardProcesses.Forms["intake"], values, NoVariables));

        values["intakePath"] = "theo-don";
        var error = Assert.Single(FormValidator.Validate("intake", StandardProcesses.Forms["intake"], values, NoVariables));
        Assert.Equal("requesterName", error.Key);
    }

    [Fact]
    public void Radio_values_must_be_among_the_allowed_ones()
    {
        var errors = FormValidator.Validate("approval", StandardProcesses.Forms["approval"], new JsonObject { ["decision"] = "maybe" }, NoVariables);
        Assert.Equal("decision", Assert.Single(errors).Key);
        Assert.Empty(FormValidator.Validate("approval", StandardProcesses.Forms["approval"], new JsonObject { ["decision"] = "reject", ["comment"] = "Thiếu hồ sơ." }, NoVariables));
    }
}
