using System.Globalization;
using System.Text;

namespace Gateway.Marc.Cli.Reading;

/// <summary>Formats where a problem is: <c>record N, offset O, tag T: message</c>, leaving out the parts not known.</summary>
internal static class ProblemText
{
    public static string Format(MarcProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Format(problem.RecordNumber, problem.ByteOffset, problem.Tag, problem.Message);
    }

    public static string Format(int recordNumber, long? byteOffset, string? tag, string message)
    {
        var text = new StringBuilder(64 + message.Length);
        text.Append(CultureInfo.InvariantCulture, $"record {recordNumber}");
        if (byteOffset is { } offset)
        {
            text.Append(CultureInfo.InvariantCulture, $", offset {offset}");
        }

        if (!string.IsNullOrEmpty(tag))
        {
            text.Append(", tag ").Append(tag);
        }

        return text.Append(": ").Append(message).ToString();
    }
}
