using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>Converts a non-null JSON value to <typeparamref name="T"/>; returns false when it cannot.</summary>
internal delegate bool JsonReader<T>(JsonNode node, [MaybeNullWhen(false)] out T value);
