using System.Text;
using System.Xml;

namespace Archive.Web.Feeds;

/// <summary>Text for an XML answer, whatever a source file or a request holds.</summary>
public static class XmlText
{
    /// <summary>
    /// The text with each character XML cannot hold (a control character, a noncharacter, half a surrogate
    /// pair) as U+FFFD: the parser lets a few through in a real text, and one would make the whole answer
    /// ill-formed.
    /// </summary>
    public static string Safe(string text)
    {
        if (!text.Any(c => !XmlConvert.IsXmlChar(c))) return text;
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) safe.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                safe.Append(text, i++, 2);
            else safe.Append('\uFFFD');
        }
        return safe.ToString();
    }
}
