using System.Text.Json;
using System.Text.Json.Nodes;
using Thads.Host.Cases.Intake;

namespace Thads.Host.Cases.Api;

/// <summary>
/// Reads the JSON body of <c>POST /api/cases</c> into an <see cref="IntakeInput"/>. Every value is taken as text, so
/// a wrong one is refused by the intake's checks under its field's name rather than as an unreadable body; unknown
/// keys are refused too, so a misspelt field is not silently dropped. Error keys are camelCase paths
/// (<c>parties[1].fullName</c>), as the JSON is written.
/// </summary>
public static class IntakeJson
{
    private static readonly string[] CaseKeys =
    [
        "unitCode", "caseNumber", "intakePath", "judgmentType", "courtName", "judgmentNumber", "judgmentDate",
        "judgmentEffectiveDate", "judgmentReceivedOn", "requestReceivedOn", "requesterName", "parties", "obligations",
    ];

    private static readonly string[] PartyKeys = ["role", "kind", "fullName", "idNumber", "address", "dateOfBirth"];
    private static readonly string[] ObligationKeys = ["kind", "description", "amount", "debtorIndex", "creditorIndex"];

    public static IntakeInput Read(JsonObject body, List<KeyValuePair<string, string>> errors)
    {
        var fields = Fields(body, CaseKeys, "", errors);
        var input = new IntakeInput
        {
            UnitCode = Text(fields, "unitCode"),
            CaseNumber = Text(fields, "caseNumber"),
            IntakePath = Text(fields, "intakePath"),
            JudgmentType = Text(fields, "judgmentType"),
            CourtName = Text(fields, "courtName"),
            JudgmentNumber = Text(fields, "judgmentNumber"),
            JudgmentDate = Text(fields, "judgmentDate"),
            JudgmentEffectiveDate = Text(fields, "judgmentEffectiveDate"),
            JudgmentReceivedOn = Text(fields, "judgmentReceivedOn"),
            RequestReceivedOn = Text(fields, "requestReceivedOn"),
            RequesterName = Text(fields, "requesterName"),
        };

        foreach (var (item, index) in Items(fields, "parties", errors))
        {
            var party = Fields(item, PartyKeys, $"parties[{index}].", errors);
            input.Parties.Add(new IntakePartyInput
            {
                Role = Text(party, "role"),
                Kind = Text(party, "kind"),
                FullName = Text(party, "fullName"),
                IdNumber = Text(party, "idNumber"),
                Address = Text(party, "address"),
                DateOfBirth = Text(party, "dateOfBirth"),
            });
        }

        foreach (var (item, index) in Items(fields, "obligations", errors))
        {
            var obligation = Fields(item, ObligationKeys, $"obligations[{index}].", errors);
            input.Obligations.Add(new IntakeObligationInput
            {
                Kind = Text(obligation, "kind"),
                Description = Text(obligation, "description"),
                Amount = Text(obligation, "amount"),
                DebtorIndex = Text(obligation, "debtorIndex"),
                CreditorIndex = Text(obligation, "creditorIndex"),
            });
        }

        return input;
    }

    /// <summary>"Parties[1].FullName" → "parties[1].fullName".</summary>
    public static string CamelCase(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static Dictionary<string, JsonNode?> Fields(JsonObject node, string[] known, string prefix, List<KeyValuePair<string, string>> errors)
    {
        var fields = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in node)
        {
            if (known.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                fields[key] = value;
            }
            else
            {
                errors.Add(new(prefix + key, $"'{key}' không phải một trường của hồ sơ thụ lý."));
            }
        }

        return fields;
    }

    private static IEnumerable<(JsonObject Item, int Index)> Items(Dictionary<string, JsonNode?> fields, string key, List<KeyValuePair<string, string>> errors)
    {
        if (!fields.TryGetValue(key, out var node) || node is null)
        {
            yield break;
        }

        if (node is not JsonArray array)
        {
            errors.Add(new(key, $"'{key}' phải là một danh sách."));
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item)
            {
                yield return (item, i);
            }
            else
            {
                errors.Add(new($"{key}[{i}]", $"Phần tử thứ {i + 1} của '{key}' phải là một đối tượng."));
            }
        }
    }

    private static string? Text(Dictionary<string, JsonNode?> fields, string key) =>
        fields.TryGetValue(key, out var node) ? node switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
            _ => node.ToJsonString(),
        } : null;
}
