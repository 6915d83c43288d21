namespace Gateway.Marc;

/// <summary>
/// Reads the holdings embedded in a bibliographic record, one <see cref="MarcHolding"/> per field, in record order:
/// <list type="bullet">
/// <item>952, Koha's item field (Koha's default MARC 21 framework): $9 itemnumber, $a home and $b holding branch,
/// $c location, $8 collection, $o call number, $p barcode, $y item type, $t copy, $h enumeration, $q due date,
/// $7 not for loan, $1 lost, $0 withdrawn, $4 damaged, $z public note;</item>
/// <item>852, MARC 21 location: $a institution, $b sublocation (the library), $c shelving location, call number from
/// $k prefix, $h classification, $i item part and $m suffix, $p piece designation (barcode), $t copy, $z public note;</item>
/// <item>949, a local field with no standard meaning: read by default in the convention of SirsiDynix-style item
/// loads (mirroring their 999) — $a call number, $i barcode, $l location, $m library, $t item type, $c copy — or with
/// the subfield map a caller gives (<see cref="Local949Map"/>).</item>
/// </list>
/// Blank subfields count as absent. Other tags are ignored.
/// </summary>
public static class HoldingsExtractor
{
    /// <summary>The default meaning of 949 subfields (see the class summary).</summary>
    public static readonly Local949Map DefaultLocal949 = new(CallNumber: 'a', Barcode: 'i', Location: 'l', Library: 'm', ItemType: 't', CopyNumber: 'c');

    /// <summary>The holdings of <paramref name="record"/>, 949 read with <paramref name="local949"/> (default <see cref="DefaultLocal949"/>).</summary>
    public static IReadOnlyList<MarcHolding> Extract(MarcRecord record, Local949Map? local949 = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var map949 = local949 ?? DefaultLocal949;
        var holdings = new List<MarcHolding>();
        foreach (var field in record.Fields)
        {
            if (field is not DataField data)
            {
                continue;
            }

            var holding = data.Tag switch
            {
                "952" => Koha(data),
                "852" => Location(data),
                "949" => Local(data, map949),
                _ => null,
            };
            if (holding is not null)
            {
                holdings.Add(holding);
            }
        }

        return holdings;
    }

    private static MarcHolding Koha(DataField f) => new()
    {
        Tag = f.Tag, ItemId = V(f, '9'), Library = V(f, 'a'), HoldingLibrary = V(f, 'b'), Location = V(f, 'c'),
        Collection = V(f, '8'), CallNumber = V(f, 'o'), Barcode = V(f, 'p'), ItemType = V(f, 'y'), CopyNumber = V(f, 't'),
        Enumeration = V(f, 'h'), DueDate = V(f, 'q'), NotForLoan = V(f, '7'), Lost = V(f, '1'), Withdrawn = V(f, '0'),
        Damaged = V(f, '4'), PublicNote = V(f, 'z'),
    };

    private static MarcHolding Location(DataField f)
    {
        var parts = f.Subfields.Where(s => s.Code is 'k' or 'h' or 'i' or 'm' && !string.IsNullOrWhiteSpace(s.Value)).Select(s => s.Value.Trim());
        var callNumber = string.Join(' ', parts);
        return new MarcHolding
        {
            Tag = f.Tag, Institution = V(f, 'a'), Library = V(f, 'b'), Location = V(f, 'c'),
            CallNumber = callNumber.Length == 0 ? null : callNumber, Barcode = V(f, 'p'), CopyNumber = V(f, 't'), PublicNote = V(f, 'z'),
        };
    }

    private static MarcHolding Local(DataField f, Local949Map map) => new()
    {
        Tag = f.Tag, CallNumber = V(f, map.CallNumber), Barcode = V(f, map.Barcode), Location = V(f, map.Location),
        Library = V(f, map.Library), ItemType = V(f, map.ItemType), CopyNumber = V(f, map.CopyNumber),
    };

    private static string? V(DataField field, char? code)
    {
        if (code is null)
        {
            return null;
        }

        var value = field.FirstValue(code.Value)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
