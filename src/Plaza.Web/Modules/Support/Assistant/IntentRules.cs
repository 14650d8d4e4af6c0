using System.Text.RegularExpressions;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// Phrases that name an intent so plainly that no classifier should overrule them ("pickup code", "código de recogida",
/// "取货码", "人工客服"), per language, matched on the folded text (<see cref="IntentFeatures.Fold"/>: lower case, no accents,
/// digits as 0). They catch wordings the corpus lacks; they are kept narrow, because a rule is believed over the model.
/// Checked in the order of <see cref="Rules"/>: asking for a person first, then the specific intents before the broad ones
/// (a pickup code or a refund is often asked about "my order"), then requests the assistant must not answer as a status
/// (a new refund, a change or cancellation, someone else's order), then a message that is only a greeting or only thanks.
/// </summary>
internal static partial class IntentRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly (SupportIntent Intent, Regex Pattern)[] Rules =
    [
        (SupportIntent.Human, Human()),
        (SupportIntent.Other, NotAStatus()),
        (SupportIntent.PickupCode, PickupCode()),
        (SupportIntent.RefundStatus, RefundStatus()),
        (SupportIntent.MembershipTier, MembershipTier()),
        (SupportIntent.PointsBalance, PointsBalance()),
        (SupportIntent.Coupons, Coupons()),
        (SupportIntent.DeliveryArea, DeliveryArea()),
        (SupportIntent.StoreHours, StoreHours()),
        (SupportIntent.OrderStatus, OrderStatus()),
        (SupportIntent.Greeting, OnlyGreeting()),
        (SupportIntent.Thanks, OnlyThanks()),
    ];

    /// <summary>The intent the first matching rule names, or null when none does.</summary>
    public static SupportIntent? Match(string? text)
    {
        var folded = IntentFeatures.Fold(text);
        foreach (var (intent, pattern) in Rules)
            if (pattern.IsMatch(folded)) return intent;
        return null;
    }

    [GeneratedRegex("""
        \b(human|real\ person|actual\ person|(ro)?bot\b.*\b(person|someone|human|staff)|(live\ )?agent|operator|representative
        |customer\ (service|support)|support\ team|member\ of\ staff|staff\ member|manager|store\ owner
        |(speak|talk|chat)\ (to|with)\ (someone|somebody|staff|a\ person|an?\ (employee|human|agent)|the\ (store|shop|manager|owner))
        |(call|ring)\ me(\ back)?|transfer\ me|put\ me\ through)\b
        |\b(hablar|chatear)\ con\ (una\ persona|alguien|un\ humano|la\ tienda
            |el\ (encargado|gerente|personal|dueno)|un\ (agente|empleado|responsable|trabajador))
        |\b(persona\ (real|de\ verdad)|humano|agente|operador|atencion\ al\ cliente|representante|asesor|pasame\ con|me\ (puede|pueda)\ llamar)\b
        |人工|真人|转接|客服|接线员|活人|找(个)?人|(叫|找)你们?(店长|经理|老板)|找(经理|负责人|店员|工作人员|今天值班)
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Human();

    [GeneratedRegex("""
        \b(i\ (want|would\ like|'d\ like|need)|can\ i\ (get|have)|how\ (do|can)\ i\ (get|ask\ for|request))\ (a\ )?refund\b
        |\b(cancel|change|add\ (something|an?\ item)\ to|split)\ (my|the)\ (order|address|delivery)
        |\b(neighbou?r|friend|wife|husband)'?s\ (order|pickup\ code|delivery)
        |\bquiero\ (cancelar|cambiar)\ (mi|el)\ pedido|\bquiero\ que\ me\ devolv|\bpedido\ de\ mi\ (vecin|amig)
        |(我要|想|申请)退(款|货|钱)|(我要|想|要|帮我|怎么|能)取消(订单|这单)|改(地址|订单)|(邻居|朋友|别人)的(订单|取货码)|帮别人
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex NotAStatus();

    [GeneratedRegex("""
        \b(pick[\ -]?up|collection|collect(ing)?|locker|handover)\ (code|pin|number)\b
        |\b(code|pin)\b.{0,30}\b(collect\w*|pick(ing)?[\ -]?up|lockers?|counter|till)\b|\b0[\ -]?digit\ (code|number)
        |\bcodigo\ de\ (recogida|entrega)|\b(codigo|pin)\b.{0,30}\b(recog\w*|retir\w*|taquillas?|mostrador|casillero)
        |\b(recog\w*|retir\w*|taquillas?)\b.{0,25}\b(codigo|pin)\b
        |(取货|取件|提货|自提|开柜|开箱|取菜|核销)(码|密码|pin)|(取货|取件|提货|自提|开柜|柜).{0,6}(码|密码)
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex PickupCode();

    [GeneratedRegex("""
        \b(refund(s|ed)?|reimburs\w*|money\ back)\b
        |\b(reembols\w*|devuelto|devolv(eis|ais|ereis|ieron|isteis|eran|eriais)|devuelven|devolucion\ de(l|\ mi)?\ dinero|acreditaron)\b
        |\bme\ debeis\ (el\ )?dinero|退款|退钱|钱.{0,4}退|退的钱|退了(没|吗)|退(回|到)(卡|钱包|微信|支付宝|来)
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex RefundStatus();

    [GeneratedRegex("""
        \b(tiers?|membership\ (level|status|tier)|member\ (level|rank)|gold|silver|vip|level\ up|next\ level|growth\ value|what\ level)\b
        |\bnivel(es)?\b|\b(socio|ser|soy|llegar\ a|para|en|a)\ (oro|plata)\b|\bcategoria\ de\ socio|\bvalor\ de\ crecimiento
        |等级|金卡|银卡|会员级别|级别|成长值|段位|保级|升级
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex MembershipTier();

    [GeneratedRegex("""
        \b(my|of)\ (loyalty\ |reward\ |plaza\ )?points\b|\bpoints?\ (balance|total|history|expir\w*)|\bhow\ many\ (loyalty\ |reward\ |plaza\ )?points
        |\b(loyalty|rewards?)\ balance|\bpoints?\b.{0,20}\b(expire|expiring|added|missing|disappeared)
        |\bcuantos\ puntos|\bmis\ puntos|\bsaldo\ de\ (puntos|fidelidad|recompensas)|\bpuntos\b.{0,20}\b(caduc\w*|venc\w*|sumad\w*|sumaron)
        |积分(余额|多少|过期|到期|清零|明细|查询|总数|加上|没(加|到|了))|(多少|查|看|几个)积分|我的积分
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex PointsBalance();

    [GeneratedRegex("""
        \b(coupons?|vouchers?|promo\ ?codes?|discount\ codes?)\b
        |\b(cupon(es)?|codigos?\ (de\ )?descuento|codigo\ promo\w*|bono\ de\ descuento)\b|\b(mis|que|tengo|quedan|algun|el|mi|un)\ vales?\b
        |优惠券|代金券|券|优惠码|折扣码|满减
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Coupons();

    [GeneratedRegex("""
        \b(do|can|will)\ (you|u)\ (deliver|ship|cover)\b(?!\ (on|at|before|after|by|today|tomorrow))
        |\bdeliver(y|ies)?\ (to|near|here|area|zone|radius|range|charge|fee|cost)\b
        |\bhow\ (far|many\ (miles|km))\ (do\ you|will\ you)?\ ?deliver|\bhome\ delivery\b|\bpostcodes?\b
        |\b(zona|radio|gastos)\ de\ (reparto|entrega|envio)|\b(repart|entreg)(is|ais|eis)\ (en|a|al|aqui|lejos|cerca)\b|\bcodigos?\ postal
        |\b(llegais|enviais|hacen\ envios|haceis\ (envios|reparto|entregas))\b|\ba\ domicilio\b|\bcuanto\ (cuesta|es|cobrais).{0,15}\b(envio|reparto)
        |配送(范围|区域|半径|费)|运费|送到哪(里|些)|最远|送不送|能送到[^吗了]{1,12}吗|送到[^吗了]{1,10}吗|免配送|起送|送货上门
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DeliveryArea();

    [GeneratedRegex("""
        \b(opening|closing|business)\ (hours|times?)\b|\bwhat\ time\ (do|does|are|is)\b.{0,30}\b(open|close|shut)\b|\bare\ (you|u)\ open\b
        |\b(open|close|shut)\w*\ (today|tomorrow|now|tonight|late|early|until|till)\b|\bhow\ late\b.{0,15}\bopen\b|\bopen\ 00\ hours\b
        |\ba\ que\ hora\ (abr\w*|cerr\w*|abre|cierra)|\bhorario\b|\b(abris|cerrais|abrimos)\b|\b(esta|estais|estan|sigue)\ abiert|\bhora\ de\ cierre
        |营业|几点(开|关|打烊)|开门|关门|打烊|开到几点
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex StoreHours();

    [GeneratedRegex("""
        \bwhere('?s|\ is|\ are)?\ (is\ )?my\ (order|delivery|parcel|package|shopping|groceries|stuff|food)|\btrack(ing)?\ (my\ )?(order|parcel|delivery)
        |\border\ status|\bstatus\ of\ (my\ )?(last\ )?order
        |\b(order|delivery|groceries|shopping)\b.{0,25}\b(arriv\w*|shipped|dispatched|on\ its\ way|out\ for\ delivery|late|delayed)\b
        |\b(hasn'?t|haven'?t|not|still\ not)\ (arrived|come|turned\ up|been\ delivered)
        |\bdonde\ (esta|anda|va)\ (mi|el)\ (pedido|orden|compra|paquete)|\bestado\ de(l|\ mi)?\ (pedido|orden)|\bseguimiento\ del?\ pedido
        |\b(pedido|orden|compra|paquete)\b.{0,25}\b(lleg\w*|enviad\w*|salio|en\ camino|listo|retrasad\w*|en\ reparto)
        |(订单|单子|包裹|快递|外卖|货|东西).{0,8}(到哪|在哪|发货|出库|进度|状态|到了吗|什么时候到|还没到)|(?<!送)到哪(了|里|一步)|查物流|催单|还没(到|送到|收到)
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OrderStatus();

    /// <summary>The whole message is a greeting (with a name, emoji or punctuation at most); "hi, where is my order" is not.</summary>
    [GeneratedRegex("""
        ^[\W_]*((hi+|hello+|hey+|hiya|howdy|good\ (morning|afternoon|evening|day)|morning|greetings|hola+|buen(os|as)(\ (dias|tardes|noches))?|buen\ dia|saludos
        |que\ tal|holis|ey|你好|您好|在吗|在不在|哈喽|嗨|早上好|下午好|晚上好|有人吗)(\ (there|team|all|again|everyone|de\ nuevo|equipo))?[\W_]*)+$
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OnlyGreeting();

    /// <summary>The whole message is thanks or goodbye, perhaps after "ok" or "great".</summary>
    [GeneratedRegex("""
        ^[\W_]*((ok(ay)?|great|perfect|lovely|brilliant|awesome|super|vale|genial|perfecto|estupendo|好的|好|行|ok)[\W_]*)?
        (thanks?(\ (a\ lot|so\ much|for\ (your|the)\ help))?|thank\ (you|u)(\ so\ much)?|cheers|thx|ty|many\ thanks|much\ appreciated|appreciate\ it
        |(muchas|mil|muchisimas)?\ ?gracias(\ por\ (la|tu)\ ayuda)?|谢谢(你|您|啦)?|多谢(了)?|太感谢了|非常感谢|感谢|辛苦了|谢啦)
        [\W_]*((bye|adios|拜拜|再见)[\W_]*)?$
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OnlyThanks();
}
