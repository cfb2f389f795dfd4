using System.Text;

namespace EMnr.Core.Time;

/// <summary>Digit normalisation for input typed on Arabic keyboards.</summary>
public static class Digits
{
    /// <summary>Replaces Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits with ASCII digits.</summary>
    public static string ToAscii(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ascii = c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => c,
            };
            if (ascii != c)
            {
                builder ??= new StringBuilder(text);
                builder[i] = ascii;
            }
        }

        return builder?.ToString() ?? text;
    }
}
