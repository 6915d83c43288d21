using System.Text;
using Gateway.Marc;

namespace Gateway.Simulators.Koha.Http;

/// <summary>MARC "mnemonic" text like MARC::Record->as_formatted (Koha's text/plain representation).</summary>
internal static class MarcText
{
    public static string Format(MarcRecord record)
    {
        var sb = new StringBuilder();
        sb.Append("LDR ").Append(record.Leader);
        foreach (var field in record.Fields)
        {
            sb.Append('\n');
            switch (field)
            {
                case ControlField control:
                    sb.Append(control.Tag).Append("     ").Append(control.Value);
                    break;
                case DataField data:
                    sb.Append(data.Tag).Append(' ').Append(data.Indicator1).Append(data.Indicator2);
                    for (var i = 0; i < data.Subfields.Count; i++)
                    {
                        sb.Append(i == 0 ? " _" : "\n       _").Append(data.Subfields[i].Code).Append(data.Subfields[i].Value);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
