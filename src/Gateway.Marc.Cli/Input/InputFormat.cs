namespace Gateway.Marc.Cli.Input;

/// <summary>The MARC serialisations the tool reads.</summary>
internal enum InputFormat
{
    /// <summary>Binary MARC 21 (ISO 2709, <c>.mrc</c>).</summary>
    Iso2709,

    /// <summary>MARCXML (MARC 21 slim).</summary>
    MarcXml,
}
