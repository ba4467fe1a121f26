using System.Text.Json.Nodes;

namespace Thads.Workflows.Forms;

/// <summary>One input of a form-js form: the variable it writes, its type, label, rules and default value.</summary>
public sealed record FormField(
    string Key,
    string Type,
    string? Label,
    bool Required,
    double? Min,
    double? Max,
    JsonNode? DefaultValue,
    IReadOnlyList<string> AllowedValues);
