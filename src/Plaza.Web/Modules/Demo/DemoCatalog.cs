namespace Plaza.Web.Modules.Demo;

internal sealed record DemoCategory(string Slug, string Name);

internal sealed record DemoSku(string Code, string Label, long PriceMinor);

internal sealed record DemoProduct(string CategorySlug, string Name, string Description, IReadOnlyList<DemoSku> Skus);

/// <summary>
/// What the demo stores sell: everyday neighbourhood goods, priced in pence. Pure data plus the
/// stock plan, so tests can check it without a database.
/// </summary>
internal static class DemoCatalog
{
    public const string Currency = "GBP";

    public static readonly IReadOnlyList<DemoCategory> Categories =
    [
        new("fruit-veg", "Fruit & Veg"),
        new("bakery", "Bakery"),
        new("dairy", "Dairy & Eggs"),
        new("pantry", "Pantry"),
        new("drinks", "Drinks"),
        new("household", "Household"),
        new("baby", "Baby"),
        new("home-gifts", "Home & Gifts"),
    ];

    /// <summary>SKUs nearly gone at both stores, so "only a few left" shows up in the demo.</summary>
    public static readonly IReadOnlySet<string> LowStock = new HashSet<string> { "BK-CRO-4", "DR-COF-227", "HG-CND-1" };

    public const int LowStockLevel = 3;

    /// <summary>Sold out at the second store only: shoppers see it there as out of stock.</summary>
    public const string SoldOutAtSecondStore = "DY-OAT-1L";

    /// <summary>The second store charges its own price for these (the first keeps the list price).</summary>
    public static readonly IReadOnlyDictionary<string, long> SecondStorePrices = new Dictionary<string, long>
    {
        ["FV-STR-400"] = 275,
        ["BK-SDG-800"] = 450,
    };

    public static readonly IReadOnlyList<DemoProduct> Products =
    [
        P("fruit-veg", "Gala Apples", "Crisp, sweet apples from Kent orchards. Good for lunchboxes and baking.",
            ("FV-APL-500", "500 g", 149), ("FV-APL-1KG", "1 kg", 269)),
        P("fruit-veg", "Fairtrade Bananas", "Ripening nicely: yellow with a hint of green, ready in a day or two.",
            ("FV-BAN-5", "Bunch of 5", 95)),
        P("fruit-veg", "Vine Tomatoes", "Sweet, deep-red tomatoes on the vine from the Isle of Wight.",
            ("FV-TOM-500", "500 g", 210)),
        P("fruit-veg", "British Strawberries", "Picked ripe in season. Best eaten within two days.",
            ("FV-STR-400", "400 g punnet", 300)),
        P("fruit-veg", "Maris Piper Potatoes", "Floury all-rounders for mash, chips and roasties.",
            ("FV-POT-2KG", "2 kg bag", 175)),

        P("bakery", "White Sourdough Bread", "Slow-fermented sourdough from a Hackney bakery, baked every morning.",
            ("BK-SDG-800", "800 g loaf", 420), ("BK-SDG-400", "400 g half loaf", 240)),
        P("bakery", "Wholemeal Sliced Bread", "A soft wholemeal loaf for toast and sandwiches.",
            ("BK-WHM-800", "800 g loaf", 165)),
        P("bakery", "All-Butter Croissants", "Flaky croissants delivered fresh before 8 am.",
            ("BK-CRO-1", "Single", 130), ("BK-CRO-4", "Pack of 4", 450)),
        P("bakery", "Cardamom Buns", "Swedish-style knots with cardamom and a sticky sugar glaze.",
            ("BK-CAR-1", "Single", 195), ("BK-CAR-2", "Pack of 2", 350)),
        P("bakery", "Crumpets", "Toast until golden and add plenty of butter.",
            ("BK-CRM-6", "Pack of 6", 95)),

        P("dairy", "Semi-Skimmed Milk", "Fresh British milk from a farmers' co-operative.",
            ("DY-MLK-1PT", "1 pint", 75), ("DY-MLK-4PT", "4 pints", 165)),
        P("dairy", "Barista Oat Drink", "Creamy, dairy-free and froths well for coffee.",
            ("DY-OAT-1L", "1 litre", 220)),
        P("dairy", "Free-Range Eggs", "Large eggs from free-range hens in Norfolk.",
            ("DY-EGG-6", "Box of 6", 210), ("DY-EGG-12", "Box of 12", 385)),
        P("dairy", "Mature Cheddar", "Strong, crumbly cheddar aged for twelve months.",
            ("DY-CHD-200", "200 g", 225), ("DY-CHD-400", "400 g", 375)),
        P("dairy", "Greek-Style Yoghurt", "Thick natural yoghurt, lovely with honey and fruit.",
            ("DY-YOG-500", "500 g", 160)),

        P("pantry", "Basmati Rice", "Aged long-grain rice that cooks up light and fluffy.",
            ("PN-RIC-1KG", "1 kg", 250), ("PN-RIC-5KG", "5 kg", 999)),
        P("pantry", "Spaghetti", "Bronze-cut durum wheat pasta from Italy. Cooks in 10 minutes.",
            ("PN-SPG-500", "500 g", 110)),
        P("pantry", "Chopped Tomatoes", "Italian plum tomatoes in rich juice, for sauces and stews.",
            ("PN-CTM-400", "400 g tin", 65), ("PN-CTM-4X", "Pack of 4 tins", 240)),
        P("pantry", "Extra Virgin Olive Oil", "Cold-pressed Greek olive oil for dressings and dipping.",
            ("PN-OIL-500", "500 ml", 650)),
        P("pantry", "Red Lentils", "Split red lentils; ready in 15 minutes for dal or soup.",
            ("PN-LEN-500", "500 g", 145)),
        P("pantry", "Strawberry & Rhubarb Jam", "Small-batch jam made in Suffolk with British fruit.",
            ("PN-JAM-340", "340 g jar", 275)),

        P("drinks", "Sparkling Spring Water", "Lightly sparkling water from a Welsh spring.",
            ("DR-SPW-1", "Single 500 ml", 80), ("DR-SPW-6", "Pack of 6", 399)),
        P("drinks", "Cloudy Apple Juice", "Pressed from Kentish apples, not from concentrate.",
            ("DR-APJ-1L", "1 litre", 250)),
        P("drinks", "English Breakfast Tea", "A robust, malty blend that takes milk well.",
            ("DR-TEA-40", "40 bags", 185), ("DR-TEA-80", "80 bags", 325)),
        P("drinks", "Ground Coffee", "Medium roast from a Hackney Wick roastery, ground for the cafetière.",
            ("DR-COF-227", "227 g bag", 495)),
        P("drinks", "Ginger Beer", "Fiery, naturally brewed ginger beer.",
            ("DR-GIN-330", "330 ml can", 120), ("DR-GIN-4", "Pack of 4", 420)),

        P("household", "Washing-Up Liquid", "Plant-based and kind to hands. Bring the bottle back for a refill.",
            ("HH-WUL-500", "500 ml", 185)),
        P("household", "Recycled Toilet Roll", "Soft three-ply rolls made from recycled paper.",
            ("HH-TLR-4", "Pack of 4", 225), ("HH-TLR-9", "Pack of 9", 475)),
        P("household", "Non-Bio Laundry Liquid", "Concentrated and gentle on skin; works at 30 °C.",
            ("HH-LAU-1L", "1 litre (28 washes)", 650)),
        P("household", "Drawstring Bin Bags", "Strong 60-litre bags that tie shut.",
            ("HH-BIN-20", "Roll of 20", 299)),
        P("household", "Beeswax Food Wraps", "Reusable wraps that replace cling film. Wash in cool water.",
            ("HH-WRP-3", "Pack of 3", 1200)),

        P("baby", "Fragrance-Free Baby Wipes", "Gentle wipes that are 99% water.",
            ("BB-WIP-64", "64 wipes", 150), ("BB-WIP-4X", "Pack of 4", 520)),
        P("baby", "Eco Nappies", "Soft, breathable nappies with a plant-based core.",
            ("BB-NAP-3", "Size 3 (44)", 850), ("BB-NAP-4", "Size 4 (40)", 850), ("BB-NAP-5", "Size 5 (36)", 850)),
        P("baby", "Organic Baby Porridge", "Oat porridge for babies from 6 months. Just add milk.",
            ("BB-POR-200", "200 g", 265)),
        P("baby", "Fruit Purée Pouches", "Apple, pear and banana with nothing added.",
            ("BB-PCH-1", "Single", 95), ("BB-PCH-4", "Pack of 4", 350)),
        P("baby", "Gentle Baby Shampoo", "Tear-free shampoo and body wash in one.",
            ("BB-SHP-250", "250 ml", 399)),

        P("home-gifts", "Fig & Cedar Soy Candle", "Hand-poured in east London. Burns for about 40 hours.",
            ("HG-CND-1", "Single", 1400)),
        P("home-gifts", "Illustrated Greeting Card", "Cards by local illustrators, blank inside for your message.",
            ("HG-CRD-1", "Single", 295), ("HG-CRD-5", "Pack of 5", 1200)),
        P("home-gifts", "Seasonal Flower Bunch", "Seasonal stems, arranged in store every Friday.",
            ("HG-FLW-1", "Bunch", 800)),
        P("home-gifts", "Neighbourhood Map Tea Towel", "Printed cotton tea towel with a map of Hackney and Islington.",
            ("HG-TWL-1", "Single", 900)),
        P("home-gifts", "Rooftop Honey", "Raw honey from hives on Islington rooftops. A lovely gift.",
            ("HG-HNY-340", "340 g jar", 750)),
    ];

    /// <summary>
    /// Opening stock of a SKU at a store (0 = first store, 1 = second). Deterministic, so every fresh
    /// demo database looks the same: most lines 20 to 80, a few nearly gone, one sold out.
    /// </summary>
    public static int StockAt(int storeIndex, string skuCode)
    {
        if (storeIndex == 1 && skuCode == SoldOutAtSecondStore) return 0;
        if (LowStock.Contains(skuCode)) return LowStockLevel;
        return 20 + (int)(StableHash($"{skuCode}#{storeIndex}") % 61);
    }

    /// <summary>The store price for a SKU, or null for the list price.</summary>
    public static long? StorePriceAt(int storeIndex, string skuCode) =>
        storeIndex == 1 && SecondStorePrices.TryGetValue(skuCode, out var price) ? price : null;

    // string.GetHashCode differs per process; FNV-1a does not.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    private static DemoProduct P(string category, string name, string description, params (string Code, string Label, long Price)[] skus) =>
        new(category, name, description, skus.Select(s => new DemoSku(s.Code, s.Label, s.Price)).ToList());
}
