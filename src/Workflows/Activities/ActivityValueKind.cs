namespace Thads.Workflows.Activities;

/// <summary>How an activity input or output is edited in the designer and converted at run time.</summary>
public enum ActivityValueKind
{
    /// <summary>Free text (<see cref="string"/>).</summary>
    Text,

    /// <summary>A whole number (<see cref="int"/>, <see cref="long"/>).</summary>
    Integer,

    /// <summary>A number that may have a fraction (<see cref="decimal"/>, <see cref="double"/>).</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A calendar date written <c>yyyy-MM-dd</c> (<see cref="DateOnly"/>).</summary>
    Date,

    /// <summary>An ISO 8601 instant with an offset (<see cref="DateTimeOffset"/>).</summary>
    DateTime,

    /// <summary>One of a fixed set of values (an enum, or text with <see cref="ActivityInputAttribute.Choices"/>).</summary>
    Choice,

    /// <summary>A <see cref="System.Guid"/>.</summary>
    Guid,

    /// <summary>A list of texts (<c>string[]</c>, <c>List&lt;string&gt;</c>).</summary>
    TextList,

    /// <summary>Any JSON value (<see cref="System.Text.Json.Nodes.JsonNode"/>, <see cref="System.Text.Json.Nodes.JsonObject"/>, <see cref="System.Text.Json.Nodes.JsonArray"/>).</summary>
    Json,
}
