using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Engine.Output;

/// <summary>decisions.json (data-contract.md): snake_case, nulls omitted, dates YYYY-MM-DD, instants with +08:00, stable bytes.</summary>
public static class DecisionsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        Converters = { new InstantConverter() },
    };

    public static string Serialize(DecisionSet decisions) => JsonSerializer.Serialize(decisions, Options) + "\n";

    public static DecisionSet? Deserialize(string json) => JsonSerializer.Deserialize<DecisionSet>(json, Options);

    /// <summary>ISO 8601 with the offset kept as it is (+08:00), seconds precision.</summary>
    private sealed class InstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
    }
}
