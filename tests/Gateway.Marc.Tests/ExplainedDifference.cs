namespace Gateway.Marc.Tests;

/// <summary>Kinds of difference between this library's reading of a fixture and yaz-marcdump's that a fixture may be allowed, with a reason.</summary>
[Flags]
internal enum ExplainedDifference
{
    /// <summary>None: every field must agree.</summary>
    None = 0,

    /// <summary>
    /// The file is malformed and the two readers recover differently: differences are allowed only in the records
    /// (a record-level problem) or fields (a problem with that tag) for which this library reported a problem.
    /// </summary>
    OnlyWhereReported = 1,

    /// <summary>yaz-marcdump writes a value empty when yaz-iconv fails on it; such values are not compared.</summary>
    YazEmptiesValuesItCannotConvert = 2,

    /// <summary>The text is in no MARC character set: structure (tags, indicators, subfield codes) is compared, values are not.</summary>
    ValuesNotCompared = 4,

    /// <summary>yaz-marcdump gives up on the file and writes no record; this library must read at least one.</summary>
    YazReadsNoRecord = 8,

    /// <summary>yaz-marcdump reads 00X fields holding subfield delimiters as data fields; this library keeps them as control fields.</summary>
    ControlFieldsWithSubfields = 16,

    /// <summary>
    /// A U+FFFD that this library wrote, in a record where it reported a problem, stands for zero or one character of
    /// yaz's value: yaz silently drops bytes that the designated character set does not define (and EACC codes it
    /// lacks, or EACC characters cut short), where this library writes U+FFFD and reports them.
    /// </summary>
    ReplacementCharacters = 32,
}
