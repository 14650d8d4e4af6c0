using System.Text.RegularExpressions;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// Taking the sale, the money or the conversation away from the platform, in English, Spanish and Chinese. They read
/// the normalised text (<see cref="TextNormalizer"/>) folded by <see cref="Confusables.Fold"/>, so wһаtsарр and
/// ＷｈａｔｓＡｐｐ are whatsapp.
/// <list type="bullet">
/// <item><see cref="AsksToPayOffPlatform"/> (refused, <c>off_platform_payment</c>): paying outside Plaza has no buyer
/// protection and no shop needs it: "pay me directly", "bank transfer to my account", "send it to my PayPal friends
/// and family", "don't use the checkout", 私聊转账, 不走平台, págame por Bizum, transferencia a mi cuenta, account
/// numbers, sort codes and IBANs; or a contact channel (WhatsApp, WeChat 微信 but not 微信支付 = WeChat Pay at
/// checkout, Telegram, outside the app) together with paying, transferring or a cheaper deal.</item>
/// <item><see cref="PromisesCryptoReturns"/> (refused, <c>investment_scam</c>): crypto (USDT, BTC, 比特币, 100U) together
/// with a promise of earnings (returns, daily, profit, salary or commission, 收益, 翻倍, rentabilidad).</item>
/// <item><see cref="InvitesOffPlatformContact"/> (held, <c>off_platform_contact</c>): an invitation to carry on elsewhere
/// without money in it ("WhatsApp me", "add me on Telegram", 加微信, 私聊, escríbeme al WhatsApp). A neighbour may mean
/// well, so a moderator decides.</item>
/// </list>
/// A customer's own question ("can I pay by bank transfer?") and paying in the app with WeChat Pay or Apple Pay are not
/// requests to pay off the platform.
/// </summary>
internal static partial class OffPlatformRules
{
    // Latin words end where a Latin letter or digit does not follow: Chinese text has no spaces around them.
    private const string B = "(?<![a-z0-9])", E = "(?![a-z0-9])";

    private const string Channel = $$"""
        (?:{{B}}wh?[a4@]t+s?\s?[a4@]pp?{{E}}|{{B}}(?:wasap|guasap|whats|telegram|we\s?chat|weixin|signal|viber|kik|snapchat|vx|wx|qq|line\s?id){{E}}
        |{{B}}(?:wa|t)\.me{{E}}|微信(?!支付)|威信|薇信|v信|扣扣|电报
        |{{B}}(?:outside|off)\s+(?:of\s+)?(?:the|this)\s+(?:app|platform|site){{E}}|{{B}}fuera\s+de\s+(?:la|esta)\s+(?:app|aplicaci[oó]n|plataforma){{E}}
        |不在(?:这个)?(?:app|平台)|平台外)
        """;

    [GeneratedRegex(Channel, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ChannelPattern();

    [GeneratedRegex($$"""
        {{B}}(?:pay|paid|paying|payment|payments|transfer|deposit|upfront|up\s?front|bank\s+details|account\s+number|sort\s+code|iban|paypal|cash\s?app
        |venmo|zelle|revolut|western\s+union|moneygram|cheaper|half\s+price|discount|wholesale
        |pago|pagar|pagas|paga|pague|p[aá]game|transferencia|transfi[eé]reme|ingreso|ingresa|bizum|dep[oó]sito|se[nñ]al|adelantado|m[aá]s\s+barato
        |mitad\s+de\s+precio|descuento|mayorista){{E}}
        |转账|付款|汇款|打款|转给我|打到我|银行卡|卡号|收款码|定金|押金|先付|便宜|优惠|批发价|半价
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex PaymentPattern();

    [GeneratedRegex($$"""
        (?<!can\ i\ |could\ i\ |do\ you\ (?:take|accept)\ |is\ it\ possible\ to\ ){{B}}pay(?:ment)?\s+(?:by|via|with)\s+(?:bank\s+)?transfer
        |{{B}}pay\s+(?:me|us)\s+(?:directly|direct|privately|outside|off){{E}}
        |{{B}}pay(?:ing)?\s+(?:me\s+)?(?:directly\s+)?(?:outside|off)\s+(?:of\s+)?(?:the\s+|this\s+)?(?:app|platform|site|plaza){{E}}
        |{{B}}(?:skip|bypass)\s+(?:the\s+)?(?:app|platform|checkout){{E}}
        |{{B}}(?:skip|avoid|bypass|dodge)\s+(?:the\s+)?(?:(?:app|platform|plaza|checkout|site)(?:'s)?\s+)?(?:fees?|commission){{E}}
        |{{B}}(?:don'?t|do\s+not|never)\s+(?:use|pay\s+(?:through|via|in|on))\s+(?:the\s+)?(?:app|checkout|platform){{E}}
        |{{B}}(?:bank|wire)\s+transfer\s+(?:(?:to|into)\s+(?:me|my|our|this){{E}}|only{{E}})
        |{{B}}(?:transfer|send|pay)\s+(?:the\s+)?(?:money|payment|deposit|cash|it)?\s*
            (?:straight\s+|directly\s+)?(?:to|into)\s+(?:me{{E}}|my\s+(?:bank|account|paypal))
        |{{B}}(?:send|transfer|pay|give\s+you|pass\s+you|share)\s+(?:\S+\s+){0,4}?(?:my|our)\s+
            (?:bank\s+(?:account|details)|account(?:\s+(?:number|details))?|sort\s+code|iban){{E}}
        |{{B}}friends\s+(?:and|&)\s+family{{E}}
        |{{B}}sort\s+code\s*:?\s*\d{2}[\s-]?\d{2}[\s-]?\d{2}
        |{{B}}[a-z]{2}\d{2}(?:\s?[0-9]{4}){4,7}{{E}}
        |{{B}}p[aá]g(?:ame|anos|adme)\s+(?:directamente|directo|por\s+fuera|en\s+mano|por\s+bizum|por\s+transferencia|a\s+m[ií]){{E}}
        |{{B}}(?:pago|pagar|paga|pagas)\s+(?:directo|directamente|por\s+fuera){{E}}
        |{{B}}pagas?\s+por\s+transferencia
        |{{B}}(?:nos\s+)?salt(?:amos|arnos|ar|a)\s+la\s+(?:app|aplicaci[oó]n|plataforma){{E}}
        |{{B}}(?:evita|evitar|ah[oó]rrate|olv[ií]date\s+de)\s+(?:las\s+)?comisiones{{E}}
        |{{B}}transferencia\s+(?:bancaria\s+)?a\s+mi\s+cuenta{{E}}
        |{{B}}(?:env[ií]a|manda|ingresa|transfiere)(?:me)?\s+(?:\S+\s+){0,4}?(?:a|en)\s+mi\s+cuenta{{E}}
        |{{B}}(?:env[ií]a|manda)(?:me)?\s+el\s+pago\s+por\s+(?:bizum|transferencia){{E}}
        |{{B}}te\s+(?:paso|doy|mando)\s+(?:mi\s+|el\s+)?(?:iban|n[uú]mero\s+de\s+cuenta){{E}}
        |{{B}}no\s+uses\s+(?:el\s+pago\s+de\s+)?la\s+app{{E}}
        |{{B}}solo\s+(?:acepto\s+)?transferencia{{E}}
        |私聊转账|私下(?:转账|交易|付款)|线下交易|走线下|不走平台|绕过平台|跳过平台|直接(?:转账|打款|付款)|转(?:账)?给我|打到我(?:的)?(?:卡|账户|银行卡)
        |钱直接打|(?:微信|支付宝|银行)转账|卡号私聊|别(?:在|走|用)(?:app|平台)|先付款后发货|只收银行转账
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex PayOffPlatformPattern();

    [GeneratedRegex($$"""
        {{B}}(?:usdt|btc|bitcoins?|eth|ethereum|crypto|cryptos|cryptocurrenc(?:y|ies)|cripto|criptomonedas?|binance|trc20|erc20|forex|nft){{E}}
        |比特币|泰达币|虚拟币|数字货币|加密货币|币圈|炒币|(?<=[\u4e00-\u9fff])\d+\s?u(?![a-z0-9])|(?<![a-z0-9])\d+\s?u(?=[\u4e00-\u9fff])
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CryptoPattern();

    [GeneratedRegex($$"""
        {{B}}(?:invest\w*|profit\w*|returns?|roi|daily|a\s+day|per\s+day|every\s+(?:day|evening|week)|weekly|monthly|guarantee\w*|earn\w*
        |income|passive|double|doubling|withdraw\w*|arbitrage|mining|trading|trader|signals?|mentor|salary|wages?|commission|paid\s+in
        |inversi[oó]n|invert\w*|invierte|invirtiendo|gana\w*|gan[eé]|ganancias?|beneficios?|rentabilidad|diari[oa]|al\s+d[ií]a|semanal|mensual
        |garantizad[oa]s?|duplica\w*|retira\w*|sueldo|comisi[oó]n\w*){{E}}
        |\d+\s?%|收益|回报|投资|日赚|稳赚|理财|躺赚|翻倍|带单|分红|返利|套利|搬砖|挖矿|提现|赚|工资|佣金|结算
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex EarningsPattern();

    [GeneratedRegex($$"""
        {{B}}(?:add|contact|message|msg|text|call|dm|ping|reach|find|hit|chat\s+with|talk\s+to)\s+(?:me|us)(?:\s+up)?
            \s+(?:on|via|at|in|through|over)\s+{{Channel}}
        |{{Channel}}\s+(?:me|us){{E}}
        |{{B}}(?:let'?s|we\s+can|can\s+we|i'?ll)\s+(?:move|continue|talk|chat|take)\w*\s+(?:\S+\s+){0,4}?(?:on|to|via|in|over)\s+{{Channel}}
        |{{B}}my\s+{{Channel}}
        |{{Channel}}\s*(?:number|no\.?|id|\#)?\s*[:=]?\s*(?:\+?\d[\d\s-]{6,}|@[a-z0-9_]{3,})
        |{{B}}dm\s+(?:me|us){{E}}
        |{{B}}(?:escr[ií]be(?:me|nos)|cont[aá]cta(?:me|nos)|h[aá]bla(?:me|nos)|agr[eé]ga(?:me|nos)
            |a[nñ][aá]de(?:me|nos)|ll[aá]ma(?:me|nos)|sigamos|seguimos|hablamos)
            \s+(?:\S+\s+){0,3}?(?:por|al|en|a)\s+(?:{{Channel}}|privado{{E}})
        |{{B}}mi\s+(?:n[uú]mero\s+de\s+)?{{Channel}}
        |(?:加|联系|添加)(?:我|个|一下)?(?:的)?(?:微信|威信|薇信|v信|vx|wx|v|qq|扣扣|电报|飞机|好友)
        |(?:微信|v信|vx|wx|qq|电报)(?:号)?\s*[:：]?\s*@?[a-z0-9_\-]{5,}
        |私聊|私信我|私我|微信同号
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ContactInvitationPattern();

    /// <param name="folded">The normalised text, folded by <see cref="Confusables.Fold"/>.</param>
    public static bool AsksToPayOffPlatform(string folded) =>
        PayOffPlatformPattern().IsMatch(folded) || ChannelPattern().IsMatch(folded) && PaymentPattern().IsMatch(folded);

    public static bool PromisesCryptoReturns(string folded) => CryptoPattern().IsMatch(folded) && EarningsPattern().IsMatch(folded);

    public static bool InvitesOffPlatformContact(string folded) => ContactInvitationPattern().IsMatch(folded);
}
