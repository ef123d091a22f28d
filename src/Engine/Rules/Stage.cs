namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// NRules priorities (higher fires first; equal priority fires first in, first out): the order the
/// stages of an evaluation fire in inside one district's session.
/// </summary>
internal static class Stage
{
    public const int DayLevels = 100;
    public const int RegionalFloor = 90;
    public const int Episodes = 80;
    public const int Measures = 60;
    public const int NamedParties = 50;
    public const int Staggering = 40;
    public const int Accounting = 10;
}
