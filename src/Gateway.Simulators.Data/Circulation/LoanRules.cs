namespace Gateway.Simulators.Data.Circulation;

/// <summary>The circulation rules the generator follows (a typical NHS library's Koha set-up).</summary>
internal static class LoanRules
{
    /// <summary>ReservesMaxPickUpDelay: days a waiting hold stays on the shelf.</summary>
    public const int PickupDelayDays = 7;

    /// <summary>Patron ids (borrowernumbers) the generator uses; the patron routes serve fakes for any id.</summary>
    public const int FirstPatronId = 1000;

    public const int LastPatronId = 48_000;

    /// <summary>Loan length in days by item type: short loans are 3 days, others 14 to 28.</summary>
    public static int LoanDays(string itemType, int roll) => itemType == "SL" ? 3 : 14 + (roll % 15);

    /// <summary>Koha's due time for day loans: 23:59 on the due date.</summary>
    public static DateTimeOffset DueAt(DateOnly day) => new(day.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero);

    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);
}
