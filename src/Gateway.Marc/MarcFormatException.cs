namespace Gateway.Marc;

/// <summary>A MARC record (binary, XML or JSON) is malformed and cannot be read in strict mode.</summary>
public sealed class MarcFormatException : FormatException
{
    /// <summary>Creates the exception with a default message.</summary>
    public MarcFormatException()
        : base("Malformed MARC record.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MarcFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public MarcFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem in a record of a stream.</summary>
    public MarcFormatException(string message, int recordNumber, string? tag, long? byteOffset = null, Exception? innerException = null)
        : base(message, innerException)
    {
        RecordNumber = recordNumber;
        Tag = tag;
        ByteOffset = byteOffset;
    }

    /// <summary>1-based number of the record in its stream or document; 0 when unknown.</summary>
    public int RecordNumber { get; }

    /// <summary>Tag of the field at fault, when the problem is in one field.</summary>
    public string? Tag { get; }

    /// <summary>Offset in the input where the bad record starts (binary input only).</summary>
    public long? ByteOffset { get; }
}
