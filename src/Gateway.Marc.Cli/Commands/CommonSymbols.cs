using System.CommandLine;
using Gateway.Marc.Cli.Input;

namespace Gateway.Marc.Cli.Commands;

/// <summary>The argument and options every command shares (built anew per command: a symbol has one parent).</summary>
internal static class CommonSymbols
{
    private const string Auto = "auto";

    public static Argument<string> File()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "MARC file, binary (ISO 2709) or MARCXML, told apart by its first bytes; - reads standard input.",
        };

        // An unknown option such as --bogus would otherwise be taken for a file name (a file named so is given as ./--bogus).
        file.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is { Length: > 1 } && value[0] == '-')
            {
                result.AddError($"Unknown option '{value}'.");
            }
        });
        return file;
    }

    public static Option<string> From()
    {
        var from = new Option<string>("--from")
        {
            Description = "Input format when sniffing is not wanted, e.g. a binary file whose first leader is damaged.",
            DefaultValueFactory = _ => Auto,
        };
        from.AcceptOnlyFromAmong(Auto, "mrc", "marcxml");
        return from;
    }

    public static Option<bool> NoProgress() => new("--no-progress")
    {
        Description = "No progress line on standard error, even on a terminal.",
    };

    public static InputFormat? ParseFrom(string? value) => value switch
    {
        "mrc" => InputFormat.Iso2709,
        "marcxml" => InputFormat.MarcXml,
        _ => null,
    };
}
