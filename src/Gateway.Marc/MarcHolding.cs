namespace Gateway.Marc;

/// <summary>
/// One holding (an item, or a copy statement) embedded in a bibliographic record: Koha's 952 item fields, MARC 21
/// 852 location fields, or the local 949 item fields of other systems. Values are as the record has them (codes, not
/// names); null where the field does not say.
/// </summary>
public sealed record MarcHolding
{
    /// <summary>Required. The field it came from: <c>952</c>, <c>852</c> or <c>949</c>.</summary>
    public required string Tag { get; init; }

    /// <summary>The item's id in its system (Koha 952 $9 itemnumber).</summary>
    public string? ItemId { get; init; }

    /// <summary>Barcode (952 $p, 852 $p piece designation, 949 $i).</summary>
    public string? Barcode { get; init; }

    /// <summary>The library that owns it (952 $a home branch, 852 $b sublocation, 949 $m).</summary>
    public string? Library { get; init; }

    /// <summary>The library that has it now, when different (952 $b holding branch).</summary>
    public string? HoldingLibrary { get; init; }

    /// <summary>The institution (852 $a), when the field names one.</summary>
    public string? Institution { get; init; }

    /// <summary>Shelving location (952 $c, 852 $c, 949 $l).</summary>
    public string? Location { get; init; }

    /// <summary>Collection code (952 $8).</summary>
    public string? Collection { get; init; }

    /// <summary>Call number (952 $o; 852 $k $h $i $m joined; 949 $a).</summary>
    public string? CallNumber { get; init; }

    /// <summary>Item type (952 $y, 949 $t).</summary>
    public string? ItemType { get; init; }

    /// <summary>Copy number (952 $t, 852 $t, 949 $c).</summary>
    public string? CopyNumber { get; init; }

    /// <summary>Serial enumeration and chronology (952 $h), e.g. <c>v.12 (2019)</c>.</summary>
    public string? Enumeration { get; init; }

    /// <summary>Due date when on loan (952 $q), as the record writes it (Koha: <c>YYYY-MM-DD</c>).</summary>
    public string? DueDate { get; init; }

    /// <summary>Koha's not-for-loan code (952 $7); "0" or null means loanable.</summary>
    public string? NotForLoan { get; init; }

    /// <summary>Koha's lost code (952 $1); "0" or null means not lost.</summary>
    public string? Lost { get; init; }

    /// <summary>Koha's withdrawn code (952 $0); "0" or null means not withdrawn.</summary>
    public string? Withdrawn { get; init; }

    /// <summary>Koha's damaged code (952 $4); "0" or null means not damaged.</summary>
    public string? Damaged { get; init; }

    /// <summary>Public note (952 $z, 852 $z).</summary>
    public string? PublicNote { get; init; }
}
