namespace Gateway.Marc.Cli.Output;

/// <summary>Writes records one at a time to standard output in one serialisation.</summary>
internal interface IRecordWriter : IDisposable
{
    /// <summary>Writes one record. Throws <see cref="ArgumentException"/>, having written nothing, when the record cannot be expressed in the format.</summary>
    void Write(MarcRecord record);

    /// <summary>Writes the record a view is on (binary input); by default through <see cref="MarcRecordView.ToRecord"/>.</summary>
    void Write(MarcRecordView view) => Write(view.ToRecord());

    /// <summary>Closes the document (collection element, JSON array) and flushes.</summary>
    void Complete();
}
