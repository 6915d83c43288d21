namespace Gateway.Simulators.Koha.Query;

/// <summary>How a field is written in JSON and compared in q= queries.</summary>
internal enum FieldKind
{
    Integer,
    Number,
    String,
    Boolean,

    /// <summary>RFC 3339 date-time, compared as instants, written "yyyy-MM-ddTHH:mm:ss+00:00".</summary>
    DateTime,

    /// <summary>Calendar date "yyyy-MM-dd".</summary>
    Date,
}
