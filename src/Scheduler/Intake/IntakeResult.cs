namespace EmergencyDSS.Scheduler.Intake;

/// <summary>What an upload came to: the stored ids, or positioned errors and nothing stored.</summary>
internal sealed record IntakeResult(long? Id, long? EvaluationId, IReadOnlyList<string> Errors)
{
    /// <summary>What was accepted with a remark (a day before the issue date left out, AQI above 500 counted as 500), positioned.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static IntakeResult Rejected(IReadOnlyList<string> errors) => new(null, null, errors);
    public bool Accepted => Errors.Count == 0;
}
