using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// An OAI-PMH request as parsed from the query or the form: the verb, its arguments (each once), the dates, and every
/// error the protocol names for it (badVerb; badArgument for an argument repeated, unknown to the verb, missing, empty,
/// malformed, beside a resumptionToken, or dates of mixed granularity or in the wrong order).
/// </summary>
internal sealed partial record OaiRequest(
    string? Verb, IReadOnlyDictionary<string, string> Arguments, OaiDate? From, OaiDate? Until, IReadOnlyList<OaiError> Errors)
{
    /// <summary>True when the request is a verb with well-formed arguments (the response echoes them).</summary>
    public bool IsValid => Errors.Count == 0;

    public string? this[string name] => Arguments.GetValueOrDefault(name);

    public static OaiRequest Parse(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var all = parameters.ToList();
        var verbs = all.Where(p => p.Key == OaiVerbs.Verb).SelectMany(p => p.Value).ToList();
        if (verbs.Count != 1 || verbs[0] is not { } verb || !OaiVerbs.Arguments.TryGetValue(verb, out var shape))
        {
            var message = verbs.Count switch
            {
                0 => "The verb argument is missing.",
                1 => $"'{verbs[0]}' is not an OAI-PMH verb.",
                _ => "The verb argument is repeated.",
            };
            return Fail(null, new OaiError(OaiError.BadVerb, message));
        }

        var errors = new List<OaiError>();
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in all.Where(p => p.Key != OaiVerbs.Verb).GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            var values = group.SelectMany(p => p.Value).ToList();
            if (!shape.Required.Contains(group.Key) && !shape.Optional.Contains(group.Key)
                && !(shape.Resumable && group.Key == OaiVerbs.ResumptionToken))
            {
                errors.Add(Bad($"'{group.Key}' is not an argument of {verb}."));
            }
            else if (values.Count != 1)
            {
                errors.Add(Bad($"The argument '{group.Key}' is repeated."));
            }
            else if (string.IsNullOrEmpty(values[0]))
            {
                errors.Add(Bad($"The argument '{group.Key}' is empty."));
            }
            else
            {
                arguments[group.Key] = values[0]!;
            }
        }

        if (arguments.ContainsKey(OaiVerbs.ResumptionToken))
        {
            if (arguments.Count > 1)
            {
                errors.Add(Bad("resumptionToken is an exclusive argument: send it with the verb only."));
            }
        }
        else
        {
            errors.AddRange(shape.Required.Where(r => !arguments.ContainsKey(r) && !all.Any(p => p.Key == r))
                .Select(r => Bad($"{verb} needs the argument '{r}'.")));
        }

        CheckPatterns(arguments, errors);
        var from = ParseDate(arguments, OaiVerbs.From, errors);
        var until = ParseDate(arguments, OaiVerbs.Until, errors);
        if (from is { } f && until is { } u)
        {
            if (f.DayGranularity != u.DayGranularity)
            {
                errors.Add(Bad("from and until must have the same granularity."));
            }
            else if (f.Value > u.Value)
            {
                errors.Add(Bad("from is later than until."));
            }
        }

        return new OaiRequest(verb, arguments, from, until, errors);
    }

    /// <summary>A request that could not be read at all (e.g. a POST that is not form-encoded).</summary>
    public static OaiRequest Fail(string? verb, OaiError error) =>
        new(verb, new Dictionary<string, string>(StringComparer.Ordinal), null, null, [error]);

    private static void CheckPatterns(Dictionary<string, string> arguments, List<OaiError> errors)
    {
        // The response echoes valid arguments, and the schema constrains these two.
        if (arguments.TryGetValue(OaiVerbs.MetadataPrefix, out var prefix) && !PrefixPattern().IsMatch(prefix))
        {
            errors.Add(Bad($"'{prefix}' is not a well-formed metadataPrefix."));
        }

        if (arguments.TryGetValue(OaiVerbs.Set, out var set) && !SetPattern().IsMatch(set))
        {
            errors.Add(Bad($"'{set}' is not a well-formed setSpec."));
        }
    }

    private static OaiDate? ParseDate(Dictionary<string, string> arguments, string name, List<OaiError> errors)
    {
        if (!arguments.TryGetValue(name, out var text))
        {
            return null;
        }

        if (OaiDate.TryParse(text, out var date))
        {
            return date;
        }

        errors.Add(Bad($"{name} '{text}' is not a UTC date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ."));
        return null;
    }

    private static OaiError Bad(string message) => new(OaiError.BadArgument, message);

    [GeneratedRegex(@"^[A-Za-z0-9\-_\.!~\*'\(\)]+$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^([A-Za-z0-9\-_\.!~\*'\(\)])+(:[A-Za-z0-9\-_\.!~\*'\(\)]+)*$")]
    private static partial Regex SetPattern();
}
