namespace Gateway.Marc;

/// <summary>Structural bytes and limits of ISO 2709 (binary MARC 21).</summary>
internal static class Iso2709
{
    public const byte SubfieldDelimiter = 0x1F;
    public const byte FieldTerminator = 0x1E;
    public const byte RecordTerminator = 0x1D;
    public const int LeaderLength = 24;
    public const int DirectoryEntryLength = 12;
    public const int MaxRecordLength = 99_999;
    public const int MaxFieldLength = 9_999;
}
