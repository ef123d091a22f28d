namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>The order stages fire in: forecast → levels → regional floors → episodes → measures → accounting.</summary>
internal static class Salience
{
    public const int DayLevels = 100;
    public const int RegionalFloor = 90;
    public const int Episodes = 80;
    public const int Measures = 60;
    public const int NamedParties = 50;
    public const int Staggering = 40;
    public const int Accounting = 10;
}
