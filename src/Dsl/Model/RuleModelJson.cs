using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EmergencyDSS.Dsl.Model;

/// <summary>The one JSON shape of the rule model (`dss compile --json`): snake_case, nulls omitted.</summary>
public static class RuleModelJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Serialize(RuleModel model) => JsonSerializer.Serialize(model, Options);

    public static RuleModel? Deserialize(string json) => JsonSerializer.Deserialize<RuleModel>(json, Options);
}
