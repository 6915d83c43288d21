namespace Gateway.Marc;

/// <summary>Which 949 subfield holds what, for a system whose local item field differs from the default; null where it has none.</summary>
/// <param name="CallNumber">Call number.</param>
/// <param name="Barcode">Barcode.</param>
/// <param name="Location">Shelving location.</param>
/// <param name="Library">Owning library.</param>
/// <param name="ItemType">Item type.</param>
/// <param name="CopyNumber">Copy number.</param>
public sealed record Local949Map(char? CallNumber, char? Barcode, char? Location, char? Library, char? ItemType, char? CopyNumber);
