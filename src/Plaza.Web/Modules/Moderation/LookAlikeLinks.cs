namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// A link whose host imitates the platform (<see cref="PlatformHosts"/>) or a brand phishing likes (banks, payment
/// apps, shops, parcel carriers; more from <c>Moderation:LookAlikeBrands</c>). A host imitates a name when it is not
/// the name's own domain and:
/// <list type="bullet">
/// <item>one of its hyphen- or dot-separated labels reads as the name (<see cref="Confusables.Skeleton"/>) but is spelt
/// differently: p1aza.com, plаza.shop with a Cyrillic а, paypa1.com, p1aza-kefu.com;</item>
/// <item>or one reads as the name and sits beside a bait word: plaza-support.xyz, plaza.example.vip-gifts.xyz, dpd-redelivery.top;</item>
/// <item>or its registrable label is one letter away from a name of six letters or more (amazom.com, paypall.com).</item>
/// </list>
/// A name inside a longer word, or the name as it is spelt on another domain without bait, is not an imitation
/// (plazamayor.es, la-plaza-del-pueblo.es, amazon.it).
/// </summary>
internal sealed class LookAlikeLinks(PlatformHosts hosts, IEnumerable<string>? extraBrands = null)
{
    /// <summary>Names phishing imitates, with the registrable domains that are really theirs.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Brands = new Dictionary<string, string[]>
    {
        ["paypal"] = ["paypal.com", "paypal.me"], ["amazon"] = ["amazon.com", "amazon.co.uk", "amazon.es", "amazon.cn", "amazon.de", "amazon.fr"],
        ["apple"] = ["apple.com", "icloud.com"], ["icloud"] = ["icloud.com"], ["google"] = ["google.com", "google.co.uk", "google.es", "google.cn"],
        ["microsoft"] = ["microsoft.com", "live.com", "outlook.com"], ["whatsapp"] = ["whatsapp.com", "wa.me"], ["wechat"] = ["wechat.com", "qq.com"],
        ["alipay"] = ["alipay.com"], ["taobao"] = ["taobao.com"], ["facebook"] = ["facebook.com", "fb.com"], ["instagram"] = ["instagram.com"],
        ["tiktok"] = ["tiktok.com"], ["netflix"] = ["netflix.com"], ["binance"] = ["binance.com"], ["coinbase"] = ["coinbase.com"],
        ["ebay"] = ["ebay.com", "ebay.co.uk", "ebay.es"], ["hsbc"] = ["hsbc.co.uk", "hsbc.com"], ["santander"] = ["santander.co.uk", "bancosantander.es"],
        ["bbva"] = ["bbva.es", "bbva.com"], ["barclays"] = ["barclays.co.uk"], ["revolut"] = ["revolut.com"], ["tesco"] = ["tesco.com"],
        ["mercadona"] = ["mercadona.es"], ["royalmail"] = ["royalmail.com"], ["dhl"] = ["dhl.com", "dhl.co.uk"], ["dpd"] = ["dpd.co.uk", "dpd.com"],
        ["evri"] = ["evri.com"], ["correos"] = ["correos.es"], ["seur"] = ["seur.com"], ["jd"] = ["jd.com"], ["sf"] = ["sf-express.com"],
    };

    /// <summary>Words phishing hosts add to a name to look official.</summary>
    private static readonly HashSet<string> Bait =
    [
        "support", "help", "helpdesk", "service", "services", "customer", "care", "login", "signin", "verify", "verification", "secure", "security",
        "account", "accounts", "update", "billing", "pay", "payment", "payments", "refund", "refunds", "reward", "rewards", "gift", "gifts", "bonus",
        "prize", "prizes", "win", "winner", "promo", "offer", "offers", "free", "vip", "official", "online", "center", "centre", "team", "delivery",
        "redelivery", "reschedule", "redeliver", "parcel", "tracking", "customs", "fee", "fees", "claim", "wallet", "express",
        "soporte", "ayuda", "servicio", "cliente", "clientes", "cuenta", "verificar", "seguro", "seguridad", "pago", "pagos", "cobros", "reembolso",
        "reembolsos", "premio", "premios", "regalo", "regalos", "sorteo", "oferta", "ofertas", "gratis", "centro", "entrega", "entregas", "envio",
        "paquete", "aduana", "reprogramar", "kefu", "fuli", "lingqu", "jiang", "hongbao",
    ];

    private readonly Dictionary<string, string[]> _brands = Brands
        .Concat((extraBrands ?? []).Select(b => b.Trim().ToLowerInvariant()).Where(b => b.Length >= 2)
            .Select(b => KeyValuePair.Create(b, Array.Empty<string>())))
        .GroupBy(b => b.Key).ToDictionary(g => g.Key, g => g.First().Value);

    /// <summary>The first link (as written) whose host imitates a name, or null.</summary>
    public string? FirstIn(IEnumerable<string> links) => links.FirstOrDefault(link => Links.Host(link) is { } host && Imitates(host, HostAsWritten(link)));

    private bool Imitates(string host, string written)
    {
        if (hosts.IsPlatform(host)) return false;
        var registrable = PlatformHosts.Registrable(host);
        var label = Confusables.Skeleton(registrable[..Math.Max(0, registrable.IndexOf('.'))]);
        var labels = written.Split('.');
        var parts = labels.Take(Math.Max(1, labels.Length - (registrable.Count(c => c == '.') + 1) + 1)) // subdomains and the registrable label
            .SelectMany(l => l.Split('-', '_')).Where(p => p.Length > 0).ToList();

        var names = hosts.CurrentNames().Select(n => (Name: n, Own: Array.Empty<string>())).Concat(_brands.Select(b => (Name: b.Key, Own: b.Value)));
        foreach (var (name, own) in names)
        {
            if (own.Contains(registrable)) continue;
            if (ReadsAsName(parts, name.Split('-'))) return true;
            if (name.Length >= 6 && OneEditApart(label, Confusables.Skeleton(name))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether some neighbouring <paramref name="parts"/> read as the name's parts and are spelt differently, or sit beside
    /// a bait word.
    /// </summary>
    private static bool ReadsAsName(List<string> parts, string[] nameParts)
    {
        for (var i = 0; i + nameParts.Length <= parts.Count; i++)
        {
            var window = parts.GetRange(i, nameParts.Length);
            if (!window.Select(Confusables.Skeleton).SequenceEqual(nameParts.Select(Confusables.Skeleton))) continue;
            var altered = !window.Select(p => p.ToLowerInvariant()).SequenceEqual(nameParts);
            if (altered || parts.Where((_, k) => k < i || k >= i + nameParts.Length).Any(p => Bait.Contains(Confusables.Fold(p)))) return true;
        }
        return false;
    }

    /// <summary>The host part of a link as it was typed (case kept, so a capital I can be read as l).</summary>
    private static string HostAsWritten(string link)
    {
        var scheme = link.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? link[(scheme + 3)..] : link;
        var end = rest.IndexOfAny(['/', '?', '#', ':']);
        var host = (end >= 0 ? rest[..end] : rest).TrimEnd('.');
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>One insertion, deletion, substitution or swap of neighbours apart (Damerau–Levenshtein distance 1).</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
            return a[(i + 1)..] == b[(i + 1)..] || i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..];
        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }
}
