namespace Gateway.Systems;

/// <summary>
/// URL templates a user follows to get an item: the record in the library's catalogue (OPAC), the place-a-hold page,
/// and the interlibrary-loan form. Placeholders: <c>{recordId}</c> (the vendor's record id) and <c>{libraryCode}</c>,
/// both URL-escaped when filled. Each is optional; a library's own template wins over its system's.
/// <code>
/// "RequestLinks": {
///   "Record": "https://east.koha.example/cgi-bin/koha/opac-detail.pl?biblionumber={recordId}",
///   "Hold": "https://east.koha.example/cgi-bin/koha/opac-reserve.pl?biblionumber={recordId}&amp;branch={libraryCode}",
///   "InterlibraryLoan": "https://east.koha.example/cgi-bin/koha/opac-illrequests.pl?op=add_form"
/// }
/// </code>
/// </summary>
public sealed class RequestLinkOptions
{
    /// <summary>The record's page in the library's public catalogue.</summary>
    public string? Record { get; set; }

    /// <summary>The page where a user places a hold (reservation) on the record.</summary>
    public string? Hold { get; set; }

    /// <summary>The library's interlibrary-loan request form.</summary>
    public string? InterlibraryLoan { get; set; }
}
