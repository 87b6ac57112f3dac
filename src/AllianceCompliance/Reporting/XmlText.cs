using System.Text;
using System.Xml;

namespace AllianceCompliance.Reporting;

/// <summary>Makes text safe for XML 1.0: characters XML cannot hold (escaped control characters from YAML) become U+FFFD.</summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return clean.ToString();
    }
}
