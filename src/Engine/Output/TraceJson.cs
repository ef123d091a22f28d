using System.Text.Encodings.Web;
using System.Text.Json;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Output;

/// <summary>
/// trace.json, written by `dss simulate` beside decisions.json (which it leaves unchanged): every
/// NRules rule firing of the evaluation, in order, with the facts it matched. `dss explain --trace` reads it.
/// </summary>
public static class TraceJson
{
    public const string FileName = "trace.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    private sealed record Document(IReadOnlyList<Firing> Firings);

    public static string Serialize(FiringTrace trace) => JsonSerializer.Serialize(new Document(trace.Firings), Options) + "\n";

    /// <summary>The firings of a trace.json; throws <see cref="JsonException"/> when it is not one.</summary>
    public static IReadOnlyList<Firing> Deserialize(string json) =>
        JsonSerializer.Deserialize<Document>(json, Options)?.Firings ?? throw new JsonException("empty trace.json");
}
