using System.Text;
using System.Xml;

namespace Gateway.Catalogue.Oai;

/// <summary>Text XML 1.0 can carry: characters it cannot (most C0 controls, lone surrogates) become U+FFFD.</summary>
internal static class XmlSafe
{
    public static string Text(string value)
    {
        var text = new StringBuilder(value.Length);
        var changed = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                text.Append(c);
            }
            else
            {
                text.Append('\uFFFD');
                changed = true;
            }
        }

        return changed ? text.ToString() : value;
    }
}
