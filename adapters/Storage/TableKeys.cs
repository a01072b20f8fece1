using System.Text;

namespace Returns.Adapters.Storage;

/// <summary>Table keys may not contain / \ # ? or control characters; anything else outside [A-Za-z0-9-_.] is hex-escaped.</summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
                sb.Append(c);
            else
                sb.Append('~').Append(((int)c).ToString("x4"));
        }

        return sb.ToString();
    }
}
