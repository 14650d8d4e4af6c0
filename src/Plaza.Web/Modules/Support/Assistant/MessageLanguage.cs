using System.Text.RegularExpressions;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// Which of Plaza's languages a message is in: "zh" when Han characters are at least a third of its letters (a Chinese
/// message often carries an order number or an English store name), else "es" or "en" by Spanish marks (¿ ¡ ñ and
/// accented vowels) and common words of each, English when nothing tells them apart ("ok", "👍").
/// </summary>
internal static partial class MessageLanguage
{
    // Words frequent in shoppers' messages and rare in the other language; "no", "a", "me" and "mi" are in both, so not here.
    private static readonly HashSet<string> Spanish = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "del", "de", "que", "q", "mis", "por", "para", "pedido", "donde", "cuando", "esta", "estais", "hola",
        "gracias", "tienda", "hay", "puedo", "quiero", "con", "una", "un", "es", "y", "cual", "cuanto", "cuantos", "tengo", "buenas",
        "buenos", "dias", "porfa", "podeis", "teneis", "abris", "cerrais", "hasta", "ya", "todavia", "dinero", "puntos", "nivel",
        "codigo", "recogida", "hora", "horario", "envio", "reparto", "persona", "alguien", "hablar", "vale", "mil", "muchas", "sigue",
        "llega", "pero", "como", "se", "lo", "le", "su", "al", "muy", "eso", "todo", "nada", "ahora", "hoy", "manana", "vuestro",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "my", "is", "where", "what", "when", "order", "you", "do", "can", "i", "to", "hi", "hello", "thanks", "thank", "store",
        "shop", "please", "pls", "have", "has", "it", "of", "and", "for", "your", "are", "how", "many", "much", "get", "code", "points",
        "open", "close", "deliver", "delivery", "refund", "someone", "talk", "speak", "yet", "still", "will", "did", "does", "any",
        "there", "this", "that", "with", "time", "hey", "cheers", "ta", "ty", "thx", "need", "want", "not", "be", "at", "on", "in",
    };

    public static string Detect(string? text)
    {
        var s = text ?? "";
        int han = 0, letters = 0;
        foreach (var c in s)
        {
            if (IntentFeatures.IsHan(c)) han++;
            if (char.IsLetter(c)) letters++;
        }
        if (han > 0 && han * 3 >= letters) return "zh";
        var score = 0;
        foreach (var c in s)
            if (c is '¿' or '¡' or 'ñ' or 'Ñ' or 'á' or 'é' or 'í' or 'ó' or 'ú') score += 2;
        foreach (Match w in Word().Matches(IntentFeatures.Fold(s)))
        {
            if (Spanish.Contains(w.Value)) score++;
            if (English.Contains(w.Value)) score--;
        }
        return score > 0 ? "es" : han > 0 ? "zh" : "en";
    }

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex Word();
}
