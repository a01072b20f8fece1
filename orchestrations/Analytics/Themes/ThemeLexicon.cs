using static Returns.Orchestrations.Analytics.Themes.ThemeIds;

namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// The keywords of each theme in each portal language, written as customers type them. Alphabetic keywords match
/// whole words after lower-casing and folding accents ("fällt" = "fallt" = "faellt"); a trailing * on a word
/// matches any ending ("petit*" = "petite", "petits"). CJK keywords match as substrings, Korean ignoring spaces.
/// Where keywords overlap the longest wins, so a longer phrase can override a shorter one inside it.
/// </summary>
internal static class ThemeLexicon
{
    /// <summary>
    /// Phrases under this key match but carry no theme: they keep a keyword inside them from firing
    /// ("love the colour" is no colour complaint, 茶色 is brown, not a colour mismatch).
    /// </summary>
    public const string Neutral = "";

    public static IReadOnlyDictionary<string, string[]> English { get; } = new Dictionary<string, string[]>
    {
        [RunsSmall] =
        [
            "too small", "way too small", "much too small", "runs small", "run small", "running small", "ran small",
            "fits small", "fit small", "sized small", "sizes small", "size runs small", "small fit", "smaller than",
            "smaller then", "a bit small", "bit small", "little small", "slightly small", "quite small", "very small",
            "really small", "so small", "super small", "tiny", "tight", "too tight", "tighter than", "snug", "too snug",
            "too short", "bit short", "a bit short", "little short", "slightly short", "too narrow", "not big enough", "not long enough", "not wide enough", "not large enough",
            "undersized", "size up", "sizing up", "bigger size", "larger size", "next size up", "can't get it on",
            "couldn't get it on", "could not get it on", "can't get into", "couldn't get into", "pinches",
        ],
        [RunsLarge] =
        [
            "too big", "too large", "way too big", "much too big", "runs big", "runs large", "run big", "run large",
            "running big", "running large", "ran big", "ran large", "fits big", "fits large", "fit big", "fit large",
            "sized big", "sized large", "size runs big", "size runs large", "bigger than", "larger than", "a bit big",
            "bit big", "bit large", "little big", "slightly big", "slightly large", "quite big", "quite large",
            "very big", "very large", "really big", "so big", "huge", "enormous", "loose", "too loose", "looser than",
            "baggy", "too baggy", "too long", "bit long", "a bit long", "little long", "slightly long", "too wide", "oversized", "size down", "sizing down", "smaller size",
            "next size down", "swimming in", "slips off", "falls down",
        ],
        [Fit] =
        [
            "doesn't fit", "doesnt fit", "does not fit", "didn't fit", "didnt fit", "did not fit", "don't fit",
            "dont fit", "do not fit", "not fit", "not fitting", "wrong fit", "poor fit", "bad fit", "fit is off",
            "fit was off", "fit is weird", "fit was weird", "weird fit", "strange fit", "odd fit", "awkward fit",
            "fits weird", "fits badly", "fit badly", "fits poorly", "fits strange", "fits strangely", "doesn't suit",
            "didn't suit", "does not suit", "did not suit", "unflattering", "not flattering", "uncomfortable",
            "not comfortable", "wrong size", "size is wrong", "sizing is off", "sizing off", "size is off",
            "inconsistent sizing", "sizing", "size chart", "size guide",
        ],
        [Quality] =
        [
            "poor quality", "bad quality", "low quality", "cheap quality", "terrible quality", "awful quality",
            "horrible quality", "inferior quality", "quality is poor", "quality is bad", "quality is terrible",
            "quality is awful", "quality is low", "quality was poor", "quality was bad", "quality was terrible",
            "quality was awful", "quality was low", "quality issue", "quality issues", "quality problem",
            "quality problems", "not good quality", "isn't good quality", "wasn't good quality", "not great quality",
            "poorly made", "badly made", "cheaply made", "cheap", "cheap looking", "looks cheap", "feels cheap", "feels cheaper", "looks cheaper",
            "flimsy", "defect", "defects", "defective", "faulty", "fault", "flaw", "flawed", "flaws", "doesn't work",
            "doesnt work", "does not work", "didn't work", "didnt work", "did not work", "not working",
            "stopped working", "won't turn on", "wont turn on", "won't charge", "malfunction*", "fell apart",
            "falling apart", "falls apart", "came apart", "coming apart", "came undone", "unravel*", "stitching",
            "seam", "seams", "loose thread", "loose threads", "loose stitching", "loose button", "loose seam",
            "pilling", "pilled", "bobbl*", "faded", "fades", "fading", "colour ran", "color ran", "shrank", "shrunk",
            "shrinks", "stain", "stained", "stains", "dirty", "smells", "smell", "odour", "odor", "already used",
            "been used", "looks used", "previously used", "signs of use", "signs of wear", "already worn",
            "been worn", "second hand", "secondhand", "not fit for purpose", "not durable", "broke after",
            "zip broke", "zipper broke", "zip broken", "zipper broken", "hole after",
        ],
        [Damaged] =
        [
            "damaged", "damage", "arrived damaged", "came damaged", "broken", "broke", "arrived broken",
            "came broken", "cracked", "crack", "cracks", "shattered", "smashed", "chipped", "dented", "dent", "dents",
            "crushed", "bent", "torn", "tear", "ripped", "hole", "holes", "scratched", "scratch", "scratches",
            "scuffed", "scuff", "scuffs", "snapped", "leaked", "leaking", "wet", "water damage", "water damaged",
            "destroyed", "ruined", "in pieces", "package damaged", "damaged package", "package was damaged",
            "parcel damaged", "damaged parcel", "parcel was damaged",
        ],
        [NotAsPictured] =
        [
            "not as pictured", "not as shown", "not as described", "not as advertised", "not as expected",
            "not like the", "isn't like the", "wasn't like the", "different from the", "different than the",
            "different to the", "different than pictured", "different than shown", "different than described",
            "looks different", "look different", "looked different", "looks nothing like", "nothing like the",
            "doesn't look like", "does not look like", "didn't look like", "doesn't match the", "does not match the",
            "didn't match the", "misleading", "misrepresented", "pictured", "picture", "pictures", "photo", "photos",
            "image", "images", "description", "described", "advertised", "colour", "colours", "color", "colors",
            "shade", "hue", "material", "fabric", "texture", "feels different", "see through", "sheer",
            "transparent", "thinner than", "thicker than", "heavier than", "darker than", "lighter than",
            "brighter than", "duller than", "paler than",
        ],
        [WrongItem] =
        [
            "wrong item", "wrong items", "wrong product", "wrong article", "wrong model", "wrong one", "wrong thing",
            "sent the wrong", "sent me the wrong", "sent wrong", "received the wrong", "received wrong",
            "got the wrong", "delivered the wrong", "shipped the wrong", "not what i ordered", "isn't what i ordered",
            "not the one i ordered", "not the item i ordered", "didn't order", "did not order", "never ordered",
            "different item", "different product", "different model", "someone else's", "mix up", "mixed up",
        ],
        [Late] =
        [
            "late", "too late", "later than", "arrived late", "came late", "delivered late", "very late", "late delivery",
            "delayed", "delay", "delays", "took too long", "took so long", "took forever", "takes too long",
            "taking too long", "too long to arrive", "long time to arrive", "weeks to arrive", "slow delivery",
            "slow shipping", "shipping was slow", "delivery was slow", "after the event", "after the wedding",
            "after the party", "didn't arrive in time", "did not arrive in time", "not in time", "never arrived",
            "still waiting", "waited weeks",
        ],
        [ChangedMind] =
        [
            "changed my mind", "change of mind", "changed mind", "no longer need", "no longer needed",
            "no longer want", "no longer wanted", "don't need", "dont need", "do not need", "didn't need", "not needed",
            "don't want", "dont want", "do not want", "didn't want", "not wanted", "unwanted", "don't like",
            "dont like", "do not like", "didn't like", "did not like", "not for me", "not my style", "not my colour",
            "not my color", "found it cheaper",
            "found cheaper", "found a cheaper", "cheaper elsewhere", "cheaper somewhere", "better price",
            "better deal", "lower price", "price dropped", "price drop", "bought twice", "ordered twice",
            "purchased twice", "bought two", "ordered two", "duplicate", "duplicated", "double order",
            "ordered by mistake", "ordered by accident", "bought by mistake", "accidentally ordered",
            "accidentally bought", "mistakenly ordered", "by mistake", "by accident", "gift", "gifts", "a present",
            "birthday present", "christmas present", "already have", "already had", "bought another",
            "bought elsewhere", "found something else",
        ],
        [Packaging] =
        [
            "box", "boxes", "packaging", "packing", "poorly packed", "badly packed", "wrapping", "gift wrap",
            "gift wrapping", "carton", "envelope", "bubble wrap", "shoebox", "shoe box", "no box", "without box",
            "without a box", "gift box", "package damaged", "damaged package", "package was damaged", "parcel damaged",
            "damaged parcel", "parcel was damaged",
        ],
        [MissingParts] =
        [
            "missing", "missing part", "missing parts", "missing piece", "missing pieces", "parts missing",
            "piece missing", "pieces missing", "incomplete", "not included", "wasn't included", "weren't included",
            "was not included", "were not included", "not in the box", "didn't come with", "did not come with",
            "doesn't come with", "does not come with", "came without", "arrived without", "no instructions",
            "no manual", "no charger", "no cable", "no screws", "no batteries", "only one", "only received one",
            "only got one", "one missing", "lacking",
        ],
        [Neutral] =
        [
            "as pictured", "as shown", "as described", "as advertised", "as expected", "like the picture",
            "like the pictures", "like the photo", "like the photos", "like the description", "love the colour",
            "love the color", "nice colour", "nice color", "lovely colour", "lovely color", "great colour",
            "great color", "beautiful colour", "beautiful color", "colour is nice", "color is nice", "colour is great",
            "color is great", "colour is fine", "color is fine", "colour is perfect", "color is perfect",
            "colour is beautiful", "color is beautiful", "smells good", "smells great", "smells nice",
            "nothing missing", "no damage", "no defects",
        ],
    };

    public static IReadOnlyDictionary<string, string[]> German { get; } = new Dictionary<string, string[]>
    {
        [RunsSmall] =
        [
            "zu klein", "viel zu klein", "etwas klein", "etwas zu klein", "sehr klein", "recht klein",
            "ziemlich klein", "klein aus", "kleiner aus", "kleiner als", "klein geschnitten", "kleiner geschnitten",
            "klein gearbeitet", "eng", "zu eng", "enger", "sehr eng", "zu knapp", "knapp geschnitten",
            "knapp bemessen", "zu kurz", "zu schmal", "nicht groß genug", "nicht lang genug", "nicht weit genug",
            "spannt", "drückt", "größere größe", "eine größe größer", "nummer größer", "nummer kleiner aus", "kriege es nicht an", "geht nicht zu",
        ],
        [RunsLarge] =
        [
            "zu groß", "viel zu groß", "etwas groß", "etwas zu groß", "sehr groß", "recht groß", "ziemlich groß",
            "groß aus", "größer aus", "größer als", "groß geschnitten", "größer geschnitten", "groß gearbeitet",
            "zu weit", "weit geschnitten", "zu lang", "zu lange", "zu breit", "zu locker", "rutscht", "schlabbert",
            "schlabbrig", "nicht klein genug", "kleinere größe", "eine größe kleiner", "nummer kleiner", "nummer größer aus",
            "riesig",
        ],
        [Fit] =
        [
            "passt nicht", "passte nicht", "passen nicht", "passten nicht", "passt mir nicht", "passte mir nicht",
            "sitzt nicht", "sitzt schlecht", "sitzt komisch", "sitzt nicht gut", "passform", "schlechte passform",
            "unbequem", "nicht bequem", "unvorteilhaft", "steht mir nicht", "falsche größe", "größe stimmt nicht",
            "größe passt nicht", "größentabelle", "größenangabe", "größenangaben", "schnitt ist",
        ],
        [Quality] =
        [
            "schlechte qualität", "schlechter qualität", "mangelhafte qualität", "mindere qualität",
            "minderwertig*", "billige qualität", "miese qualität", "qualität schlecht", "qualität ist schlecht",
            "qualität war schlecht", "qualität mangelhaft", "qualität ist mangelhaft", "qualität ist mies",
            "qualität nicht gut", "qualität ist nicht gut", "lässt zu wünschen", "qualitätsmangel",
            "qualitätsmängel", "mangelhaft", "defekt", "defekte", "defektes", "defekten", "fehlerhaft*",
            "funktioniert nicht", "funktionierte nicht", "funktioniert nicht mehr", "geht nicht", "ging nicht",
            "kaputt gegangen", "kaputtgegangen", "nach dem waschen", "nach der ersten wäsche", "löst sich",
            "naht", "nähte", "naht offen", "naht gerissen", "verarbeitung", "schlecht verarbeitet",
            "nicht gut verarbeitet", "billig verarbeitet", "billig gemacht", "wirkt billig", "sieht billig aus",
            "billiges material", "billig", "billige", "billiges", "fusselt", "pillt", "knötchen", "verfärbt",
            "ausgeblichen", "färbt ab", "eingelaufen", "läuft ein", "flecken", "fleck", "fleckig", "verschmutzt",
            "schmutzig", "dreckig", "riecht", "geruch", "stinkt", "gebraucht", "getragen", "gebrauchsspuren",
        ],
        [Damaged] =
        [
            "beschädigt", "beschädigte", "beschädigter", "beschädigtes", "beschädigung", "kaputt", "kaputte",
            "kaputtes", "kaputt angekommen", "zerbrochen", "gebrochen", "gerissen", "riss", "risse", "eingerissen",
            "zerrissen", "kratzer", "zerkratzt", "verkratzt", "delle", "dellen", "verbeult", "eingedrückt",
            "zerdrückt", "gesprungen", "sprung", "abgebrochen", "gesplittert", "loch", "löcher", "nass", "ausgelaufen",
            "zerstört", "transportschaden", "paket beschädigt", "paket war beschädigt", "karton beschädigt",
        ],
        [NotAsPictured] =
        [
            "farbe", "farben", "farblich", "farbton", "andere farbe", "farbe anders", "farbe stimmt nicht", "bild",
            "bilder", "foto", "fotos", "abbildung", "abgebildet", "beschreibung", "produktbeschreibung",
            "material", "stoff", "sieht anders aus", "anders als", "anders aus", "nicht wie abgebildet",
            "nicht wie beschrieben", "nicht wie auf dem bild", "nicht wie erwartet", "anders erwartet",
            "anders vorgestellt", "entspricht nicht", "entsprach nicht", "durchsichtig", "dünner als", "dicker als",
            "dunkler als", "heller als",
        ],
        [WrongItem] =
        [
            "falscher artikel", "falschen artikel", "falsche artikel", "falsches produkt", "falsche produkt",
            "falschen produkt", "falsche ware", "falsch geliefert", "falsch geschickt", "falsch verschickt",
            "falsche lieferung", "falsches modell", "falsche farbe geliefert", "falsche größe geliefert",
            "nicht bestellt", "nicht das bestellte", "nicht was ich bestellt", "nicht den bestellten",
            "nicht die bestellte", "anderen artikel", "anderer artikel", "anderes produkt", "verwechselt",
            "vertauscht",
        ],
        [Late] =
        [
            "zu spät", "viel zu spät", "spät", "verspätet", "verspätung", "verzögert", "verzögerung",
            "lieferverzögerung", "zu lange gedauert", "dauerte zu lange", "dauerte zu lang", "zu lange gewartet",
            "zu langsam", "langsam", "lange lieferzeit", "lieferzeit", "lieferung dauerte", "nicht rechtzeitig",
            "zu spät angekommen", "zu spät geliefert", "kam zu spät", "nach der feier",
        ],
        [ChangedMind] =
        [
            "anders überlegt", "umentschieden", "meinung geändert", "nicht mehr benötigt", "nicht mehr gebraucht",
            "nicht mehr nötig", "brauche ich nicht mehr", "brauche es nicht mehr", "brauche sie nicht mehr",
            "brauche ihn nicht mehr", "benötige ich nicht mehr", "will ich nicht mehr", "gefällt mir nicht",
            "gefällt nicht", "gefiel mir nicht", "gefällt mir nicht mehr", "nicht mein stil", "woanders günstiger",
            "woanders billiger", "günstiger gefunden", "billiger gefunden", "günstiger bekommen",
            "günstigeres angebot", "preis gesunken", "doppelt bestellt", "zweimal bestellt", "doppelt gekauft",
            "zweimal gekauft", "doppelbestellung", "versehentlich bestellt", "aus versehen", "versehentlich",
            "fehlkauf", "geschenk", "als geschenk",
        ],
        [Packaging] =
        [
            "verpackung", "umverpackung", "originalverpackung", "karton", "kartons", "schachtel", "box",
            "schuhkarton", "schlecht verpackt", "ohne karton", "ohne verpackung", "kein karton",
            "keine verpackung", "paket beschädigt", "paket war beschädigt", "karton beschädigt",
        ],
        [MissingParts] =
        [
            "fehlt", "fehlen", "fehlte", "fehlten", "fehlend", "fehlende", "fehlender", "fehlendes",
            "unvollständig", "nicht vollständig", "nicht dabei", "war nicht dabei", "nicht enthalten",
            "nicht im lieferumfang", "nicht im paket", "ohne anleitung", "keine anleitung",
            "keine bedienungsanleitung", "kein ladekabel", "kein kabel", "keine schrauben", "teile fehlen",
            "teil fehlt",
        ],
        [Neutral] =
        [
            "wie abgebildet", "wie beschrieben", "wie auf dem bild", "schöne farbe", "tolle farbe", "farbe ist schön",
            "farbe gefällt", "farbe super", "gute verarbeitung", "tolle verarbeitung", "verarbeitung gut",
            "verarbeitung ist gut", "verarbeitung top", "gute passform", "tolle passform", "passform gut",
            "passform ist gut", "passform super", "passform perfekt", "riecht gut", "fehlt nichts", "nichts fehlt",
            "gut verpackt",
        ],
    };

    public static IReadOnlyDictionary<string, string[]> French { get; } = new Dictionary<string, string[]>
    {
        [RunsSmall] =
        [
            "trop petit*", "un peu petit*", "assez petit*", "très petit*", "taille petit*", "taillé petit*",
            "taille trop petit*", "plus petit* que", "trop serré*", "serré*", "trop juste", "un peu juste",
            "taille juste", "trop étroit*", "étroit*", "trop court*", "pas assez grand*", "pas assez long*",
            "pas assez large*", "taille au-dessus", "taille au dessus", "taille supérieure", "une taille de plus",
            "comprime",
        ],
        [RunsLarge] =
        [
            "trop grand*", "un peu grand*", "très grand*", "taille grand*", "taillé grand*", "taille trop grand*",
            "plus grand* que", "trop large*", "trop ample*", "ample*", "trop long", "trop longue", "trop longs",
            "trop longues", "trop lâche", "flottant*", "taille en dessous", "taille au-dessous",
            "taille inférieure", "une taille de moins", "énorme*", "immense", "baille",
        ],
        [Fit] =
        [
            "ne me va pas", "me va pas", "ne va pas", "ne lui va pas", "ne me convient pas", "ne convient pas",
            "mauvaise coupe", "coupe bizarre", "coupe étrange", "la coupe ne", "mal coupé*", "pas à ma taille",
            "pas ma taille", "mauvaise taille", "taille ne correspond pas", "inconfortable", "pas confortable",
            "pas seyant*", "tombe mal", "ne tombe pas bien", "guide des tailles",
        ],
        [Quality] =
        [
            "mauvaise qualité", "qualité médiocre", "qualité moyenne", "qualité mauvaise", "qualité décevante",
            "piètre qualité", "basse qualité", "faible qualité", "pas de bonne qualité", "pas de qualité",
            "pas bonne qualité", "manque de qualité", "mal fait*", "mal fini*", "mal cousu*", "finition*",
            "défaut*", "défectueu*", "ne fonctionne pas", "ne fonctionne plus", "fonctionne pas", "ne marche pas",
            "ne marche plus", "marche pas", "en panne", "panne", "cheap", "fait cheap", "camelote", "bouloch*",
            "décolor*", "déteint", "rétréci*", "tache", "taches", "taché*", "est sale", "était sale", "tout sale",
            "un peu sale", "odeur", "sent mauvais", "couture*", "décousu*", "déjà porté*", "déjà utilisé*",
            "traces d'usure", "d'occasion", "fragile", "se défait",
        ],
        [Damaged] =
        [
            "cassé*", "casse", "abîmé*", "endommagé*", "détérioré*", "rayé", "rayée", "rayés", "rayées", "rayure*",
            "fissuré*", "fissure*", "fêlé*", "ébréché*", "déchiré*", "troué*", "trou", "trous", "tordu*",
            "cabossé*", "bosselé*", "écrasé*", "brisé*", "en morceaux", "mouillé*", "dégât*", "arrivé cassé*",
            "arrivé abîmé*", "colis abîmé", "colis endommagé", "colis écrasé",
        ],
        [NotAsPictured] =
        [
            "couleur*", "coloris", "teinte", "photo*", "image*", "description", "matière", "tissu", "texture",
            "ne correspond pas", "correspond pas", "ne ressemble pas", "ressemble pas", "différent* de la photo",
            "différent* de l'image", "différent* des photos", "différent* de la description",
            "pas comme sur la photo", "pas comme la photo", "pas comme sur l'image", "pas conforme", "non conforme",
            "transparent*", "plus fin* que", "plus foncé* que", "plus clair* que",
        ],
        [WrongItem] =
        [
            "mauvais article", "mauvais produit", "mauvais modèle", "erreur d'article", "erreur de commande",
            "erreur dans la commande", "erreur de livraison", "pas le bon article", "pas le bon produit",
            "pas le bon modèle", "pas la bonne couleur", "pas la bonne taille", "pas ce que j'ai commandé",
            "pas ce que j'avais commandé", "pas commandé", "jamais commandé", "article différent",
            "produit différent", "autre article", "un autre produit", "reçu un autre", "envoyé un autre",
            "envoyé par erreur", "inversé*",
        ],
        [Late] =
        [
            "en retard", "retard*", "trop tard", "arrivé* tard", "livré* tard", "tardive*", "livraison tardive",
            "délai*", "trop long à arriver", "trop longtemps", "livraison lente", "trop lent*", "très lent*",
            "pas arrivé à temps", "pas à temps", "pas reçu à temps", "hors délai*", "après l'événement",
        ],
        [ChangedMind] =
        [
            "changé d'avis", "change d'avis", "changement d'avis", "plus besoin", "pas besoin", "plus nécessaire",
            "ne me plaît pas", "me plaît pas", "ne me plaît plus", "ne plaît pas", "pas mon style",
            "moins cher ailleurs", "trouvé moins cher", "moins cher", "meilleur prix", "baisse de prix",
            "commandé deux fois", "acheté deux fois", "commandé en double", "commande en double", "en double",
            "doublon", "par erreur", "commandé par erreur", "acheté par erreur", "cadeau*", "plus envie",
            "en veux plus", "ne veux plus",
        ],
        [Packaging] =
        [
            "emballage*", "suremballage", "carton*", "boîte*", "mal emballé*", "papier cadeau", "sans boîte",
            "sans emballage", "colis abîmé", "colis endommagé", "colis écrasé",
        ],
        [MissingParts] =
        [
            "manque*", "il manque", "manquant*", "incomplet*", "pas inclus*", "non inclus*", "pas fourni*",
            "non fourni*", "sans notice", "pas de notice", "sans mode d'emploi", "pas de câble", "pas de chargeur",
            "pas de vis", "qu'un seul", "qu'une seule",
        ],
        [Neutral] =
        [
            "comme sur la photo", "comme la photo", "comme sur l'image", "comme décrit", "conforme",
            "conforme à la description", "belle couleur", "jolie couleur", "couleur magnifique", "couleur est belle",
            "j'aime la couleur", "rien ne manque", "ne manque rien",
        ],
    };

    public static IReadOnlyDictionary<string, string[]> Spanish { get; } = new Dictionary<string, string[]>
    {
        [RunsSmall] =
        [
            "muy pequeñ*", "demasiado pequeñ*", "algo pequeñ*", "un poco pequeñ*", "bastante pequeñ*",
            "talla pequeñ*", "queda pequeñ*", "quedan pequeñ*", "quedó pequeñ*", "queda chic*", "quedan chic*",
            "muy chic*", "demasiado chic*", "más pequeñ* que", "más chic* que", "apretad*", "muy ajustad*",
            "demasiado ajustad*", "ajustad*", "muy estrech*", "demasiado estrech*", "estrech*", "muy cort*",
            "demasiado cort*", "queda cort*", "no me entra", "no entra", "no cabe", "una talla más",
            "talla más grande", "talla mayor",
        ],
        [RunsLarge] =
        [
            "muy grande*", "demasiado grande*", "algo grande*", "un poco grande*", "bastante grande*",
            "queda grande*", "quedan grande*", "quedó grande*", "más grande* que", "muy holgad*",
            "demasiado holgad*", "holgad*", "muy anch*", "demasiado anch*", "queda anch*", "muy larg*",
            "demasiado larg*", "queda larg*", "muy suelt*", "demasiado suelt*", "enorme*", "gigante*",
            "una talla menos", "talla menor", "talla más pequeña",
        ],
        [Fit] =
        [
            "no me queda", "no me quedan", "no me quedó", "no queda bien", "no me queda bien", "no me sienta bien",
            "no sienta bien", "no me va", "no me calza", "no calza", "mal corte", "corte raro", "horma",
            "talla incorrecta", "talla es incorrecta", "talla no es correcta", "como me queda", "talla equivocada", "no es mi talla", "no corresponde la talla", "tallaje",
            "guía de tallas", "incómod*", "no es cómod*", "poco cómod*",
        ],
        [Quality] =
        [
            "mala calidad", "calidad mala", "baja calidad", "calidad baja", "calidad pésima", "pésima calidad",
            "calidad regular", "calidad deficiente", "poca calidad", "no es de calidad", "mal hech*",
            "mal acabad*", "mal cosid*", "costura*", "descosid*", "defecto*", "defectuos*", "con fallas", "falla",
            "fallas", "fallo*", "no funciona", "dejó de funcionar", "funciona mal", "no enciende", "no carga",
            "se rompió al", "se rompió después", "barato", "parece barato", "se ve barato", "bolitas", "pelusa*",
            "destiñe", "destiñen", "se destiñó", "encog*", "mancha", "manchas", "manchad*", "suci*", "olor",
            "huele mal", "mal olor", "usado*", "usada*", "desgastad*", "frágil",
        ],
        [Damaged] =
        [
            "roto", "rota", "rotos", "rotas", "se rompió", "llegó roto", "llegó rota", "dañad*", "daño*",
            "estropead*", "rayado*", "rayada*", "rayones", "arañazo*", "golpead*", "golpe*", "abollad*",
            "agrietad*", "grieta*", "rajad*", "quebrad*", "rasgad*", "agujero*", "desgarrad*", "aplastad*",
            "mojad*", "destrozad*", "en mal estado", "paquete dañado", "paquete roto",
        ],
        [NotAsPictured] =
        [
            "color", "colores", "tono", "foto", "fotos", "fotografía*", "imagen", "imágenes", "descripción",
            "descrito", "anunciado", "material", "tela", "tejido", "no es como", "no se parece", "no coincide",
            "diferente a", "diferente de", "diferente al", "distinto a", "distinto de", "distinto al", "distinta a",
            "distinta de", "se ve diferente", "no corresponde", "no es igual", "transparente", "más fino que",
            "más delgad*", "más oscur*", "más clar*", "no es como en la foto", "no es como la foto",
            "no es igual que en la foto", "no es como en la imagen",
        ],
        [WrongItem] =
        [
            "artículo equivocado", "producto equivocado", "artículo incorrecto", "producto incorrecto",
            "modelo equivocado", "modelo incorrecto", "equivocad*", "me enviaron otro", "me mandaron otro",
            "enviaron otro", "llegó otro", "me llegó otro", "recibí otro", "no es lo que pedí",
            "no es lo que compré", "no es lo que ordené", "no lo pedí", "no pedí", "nunca pedí",
            "no corresponde con mi pedido", "no corresponde al pedido", "distinto al pedido",
            "diferente al pedido", "error en el pedido", "error de envío", "enviado por error", "otro artículo",
            "otro producto",
        ],
        [Late] =
        [
            "tard*", "llegó tarde", "muy tarde", "demasiado tarde", "con retraso", "retraso*", "retrasad*",
            "se retrasó", "demora", "demoró", "demorado", "demorada", "lento", "lenta", "envío lento",
            "entrega lenta", "no llegó a tiempo",
            "fuera de plazo", "fuera de tiempo", "después del evento",
        ],
        [ChangedMind] =
        [
            "ya no lo quiero", "ya no la quiero", "no lo quiero", "ya no me gusta", "no me gusta", "no me gustó",
            "no me convence", "no es mi estilo", "cambié de opinión", "cambié de idea", "cambio de opinión",
            "cambio de idea", "ya no lo necesito", "ya no la necesito", "ya no necesito", "no lo necesito",
            "no la necesito", "ya no me sirve", "más barato", "más económico", "mejor precio", "precio más bajo",
            "bajó de precio", "pedí dos veces", "compré dos veces", "pedido dos veces", "pedido duplicado",
            "compra duplicada", "duplicad*", "por error", "pedí por error", "compré por error",
            "por equivocación", "regalo*",
        ],
        [Packaging] =
        [
            "caja", "cajas", "embalaje*", "empaque*", "empaquetad*", "envoltorio", "envoltura", "envase",
            "mal embalad*", "mal empaquetad*", "sin caja", "sin embalaje", "paquete dañado", "paquete roto",
        ],
        [MissingParts] =
        [
            "falta", "faltan", "faltaba", "faltaban", "faltó", "faltaron", "faltante*", "incomplet*", "no incluye",
            "no incluía", "no venía", "no vino con", "no trae", "no traía", "sin instrucciones", "sin manual",
            "sin cargador", "sin cable", "sin tornillos", "solo venía uno", "solo uno",
        ],
        [Neutral] =
        [
            "como en la foto", "como la foto", "igual que en la foto", "igual a la foto", "como se describe",
            "como en la imagen", "buen color", "bonito color", "color bonito", "me gusta el color",
            "sin defectos", "no tiene defectos", "no falta nada", "nada roto",
        ],
    };

    public static IReadOnlyDictionary<string, string[]> Japanese { get; } = new Dictionary<string, string[]>
    {
        [RunsSmall] =
        [
            "小さい", "小さかった", "小さめ", "小さす", "小さ過ぎ", "小さく感じ", "小さくて", "サイズが小さ", "サイズ小さ",
            "きつい", "きつか", "きつめ", "きつく", "キツい", "キツイ", "キツか", "キツく", "窮屈", "タイト", "短い", "短か",
            "短すぎ", "丈が短", "細い", "狭い", "入らな", "着られな", "履けな", "ワンサイズ上", "1サイズ上", "一つ上のサイズ",
        ],
        [RunsLarge] =
        [
            "大きい", "大きかった", "大きめ", "大きす", "大き過ぎ", "大きく感じ", "大きくて", "サイズが大き", "サイズ大き",
            "ゆるい", "ゆるか", "ゆるゆる", "緩い", "緩か", "ぶかぶか", "ブカブカ", "だぼだぼ", "ダボダボ", "長い",
            "長すぎ", "丈が長", "幅が広", "ワンサイズ下", "1サイズ下", "一つ下のサイズ",
        ],
        [Fit] =
        [
            "合わな", "合いませ", "合っていな", "合ってな", "フィットしな", "フィットせ", "似合わな", "着心地が悪",
            "履き心地が悪", "着心地がよくな", "着心地が良くな", "サイズ感が違", "サイズ選び", "サイズ表",
        ],
        [Quality] =
        [
            "品質が悪", "品質が低", "品質が良くな", "品質がよくな", "品質に問題", "低品質", "質が悪", "質が低", "粗悪",
            "安っぽ", "チープ", "作りが雑", "作りが悪", "雑な作り", "縫製", "ほつれ", "糸くず", "毛玉", "色落ち", "色移り",
            "縮ん", "縮み", "不良", "初期不良", "欠陥", "故障", "動かな", "作動しな", "動作しな", "使えな", "電源が入らな",
            "充電できな", "すぐ壊れ", "汚れ", "汚い", "シミ", "臭い", "におい", "匂い", "臭", "使用済み", "使用感", "中古",
            "傷み",
        ],
        [Damaged] =
        [
            "壊れ", "破損", "割れ", "ひび", "ヒビ", "傷", "キズ", "凹み", "へこみ", "ヘコミ", "破れ", "穴が", "穴あ", "欠け",
            "潰れ", "つぶれ", "曲が", "折れ", "剥が", "はがれ", "濡れ", "汚損", "損傷",
        ],
        [NotAsPictured] =
        [
            "色", "色味", "色合い", "カラー", "写真", "画像", "イメージと違", "イメージと異な", "イメージが違", "思っていたのと違",
            "思ってたのと違", "想像と違", "説明と違", "説明と異な", "記載と違", "記載と異な", "表記と違", "実物", "素材", "生地",
            "質感", "手触り", "透け", "薄", "見た目",
        ],
        [WrongItem] =
        [
            "違う商品", "違う物", "違うもの", "別の商品", "別の物", "別のもの", "別商品", "注文と違", "注文したものと違",
            "注文した商品と違", "注文品と違", "間違った商品", "間違った物", "間違えて届", "間違って届", "間違いで届", "誤配送",
            "誤配", "誤発送", "商品違い", "品違い", "注文していな", "頼んでいな", "頼んでな", "取り違え", "違う色が届",
            "違うサイズが届",
        ],
        [Late] =
        [
            "遅", "遅れ", "遅延", "届くのが遅", "到着が遅", "配送が遅", "発送が遅", "間に合わな", "間に合いませ", "時間がかか",
            "日数がかか", "待たされ", "長い間待", "ずっと待", "なかなか届か", "予定日を過ぎ",
        ],
        [ChangedMind] =
        [
            "気が変わ", "気がかわ", "不要になっ", "不要", "必要なくな", "必要がなくな", "いらなくな", "要らなくな", "いらない",
            "要らない", "使わなくな", "他店", "他のお店", "他で買", "他で購入", "値下がり", "値下げ", "安く売", "二重注文",
            "重複", "2つ注文", "二つ注文", "2回注文", "二回注文", "ダブって", "プレゼント", "ギフト", "贈り物", "間違えて注文",
            "誤って注文", "間違えて", "間違えて買", "二つ買", "2つ買", "間違えて購入", "誤って購入", "誤注文", "好みではな",
            "好みじゃな", "好みでな", "好きじゃな", "好きではな", "気に入らな",
            "気に入りませ",
        ],
        [Packaging] =
        [
            "箱", "外箱", "化粧箱", "梱包", "包装", "パッケージ", "ダンボール", "段ボール", "緩衝材", "ラッピング", "ギフト包装",
            "ギフトラッピング", "袋が", "封筒",
        ],
        [MissingParts] =
        [
            "足りな", "足りませ", "不足", "欠品", "入っていな", "入ってな", "入っていませ", "付属品がな", "付属品が入",
            "付属品が足", "部品がな", "部品が足", "部品が入", "パーツがな", "パーツが足", "説明書がな", "説明書が入", "ネジがな",
            "ネジが足", "一つしか", "1つしか", "片方しか", "片方のみ", "同梱されていな", "同梱されてな", "付いていな",
            "ついていな", "付いてな", "ついてな",
        ],
        [Neutral] =
        [
            "小さくな", "大きくな", "きつくな", "キツくな", "ゆるくな", "緩くな", "サイズが小さくな", "サイズが大きくな",
            "遅くない", "遅くはな", "遅れはな", "遅れもな", "傷はな", "傷もな", "傷はありま", "傷一つな", "破損はな",
            "破損もな", "壊れていな", "壊れてな", "壊れてはいな", "割れていな", "汚れはな", "汚れもな", "茶色", "黄色", "水色",
            "灰色", "紺色", "肌色", "銀色", "金色", "緑色", "紫色", "桃色", "橙色", "黒色", "白色", "赤色", "青色", "色々",
            "景色", "特色", "色も良", "色が良", "色がいい", "色もいい", "色が可愛", "色がかわい", "色が綺麗", "色がきれい",
            "写真通り", "写真のとおり", "写真の通り", "画像通り", "画像の通り", "イメージ通り", "イメージどおり", "説明通り",
            "縫製がしっかり", "縫製も良", "縫製が良", "いいにおい", "いい匂い", "良い匂い", "手袋", "足袋", "寝袋", "長い間",
            "長い時間",
        ],
    };

    public static IReadOnlyDictionary<string, string[]> SimplifiedChinese { get; } = new Dictionary<string, string[]>
    {
        [RunsSmall] =
        [
            "太小", "偏小", "小了", "有点小", "有些小", "小一码", "小一号", "码数小", "码数偏小", "尺码小", "尺码偏小", "尺码太小",
            "码偏小", "尺寸太小", "尺寸偏小", "紧", "太紧", "有点紧", "偏紧", "勒脚", "勒得", "挤脚", "夹脚", "穿不进", "穿不下", "塞不进",
            "短了", "太短", "偏短", "窄", "太窄",
        ],
        [RunsLarge] =
        [
            "太大", "偏大", "大了", "有点大", "有些大", "码数大", "码数偏大", "尺码大", "尺码偏大", "尺码太大", "码偏大",
            "尺寸太大", "尺寸偏大", "松", "太松", "有点松", "偏松", "松垮", "宽松", "太肥", "偏肥", "长了", "太长", "偏长",
            "太宽", "偏宽",
        ],
        [Fit] =
        [
            "不合身", "不合适", "不太合适", "不适合", "不合脚", "不跟脚", "磨脚", "穿着不舒服", "不舒服", "版型", "版型不好", "版型差",
            "尺码不对", "尺码不准", "码数不对", "码数不准", "尺码不标准", "尺寸不对", "尺寸不合", "尺码表",
        ],
        [Quality] =
        [
            "质量差", "质量不好", "质量太差", "质量很差", "质量一般", "质量有问题", "质量不行", "质量问题", "品质差", "品质不好",
            "做工差", "做工不好", "做工粗糙", "做工一般", "粗糙", "劣质", "次品", "残次", "瑕疵", "缺陷", "有问题", "毛病",
            "不能用", "用不了", "没法用", "无法使用", "不工作", "开不了机", "充不了电", "故障", "失灵", "起球", "掉色", "褪色",
            "缩水", "开线", "脱线", "线头", "开胶", "掉毛", "污渍", "脏", "异味", "味道大", "有味道", "臭", "二手", "用过",
            "穿过", "便宜货", "廉价",
        ],
        [Damaged] =
        [
            "坏了", "坏掉", "损坏", "破损", "碎了", "摔坏", "压坏", "破了", "裂", "划痕", "刮花", "刮痕", "擦伤", "凹陷", "变形",
            "压扁", "有洞", "破洞", "烂了", "弯了", "断了", "受潮", "湿了", "碰坏", "磕碰",
        ],
        [NotAsPictured] =
        [
            "颜色", "颜色不对", "颜色不一样", "色差", "色差大", "色差很大", "色差太大", "色差有点大", "色差比较大", "图片", "照片",
            "实物", "描述", "不符",
            "材质", "面料", "布料", "质感", "手感", "透", "太薄", "薄", "不一样", "不像", "货不对板", "图文不符", "卖家秀",
        ],
        [WrongItem] =
        [
            "发错", "寄错", "错发", "送错", "发成", "给错", "不是我买的", "不是我订的", "不是我要的", "不是我下单的",
            "不是我拍的", "货不对", "商品不对", "发的不对", "发来的不对", "拿错", "搞错", "弄错", "型号不对", "型号错",
            "款式不对", "我没买", "没订",
        ],
        [Late] =
        [
            "太慢", "很慢", "慢", "物流慢", "发货慢", "到货慢", "快递慢", "配送慢", "迟到", "迟了", "太晚", "晚了", "延迟",
            "延误", "推迟", "耽误", "来不及", "等了", "等太久", "好久才到", "才到", "超时", "逾期", "拖延", "迟迟",
        ],
        [ChangedMind] =
        [
            "不想要了", "不想要", "不需要了", "不需要", "不要了", "用不上", "用不到", "改变主意", "改主意", "买重了", "重复购买",
            "重复下单", "买了两", "买多了", "下错单", "拍错", "拍多了", "拍重了", "买错", "更便宜", "便宜了", "降价", "别家",
            "别的店", "其他店", "价格更低", "差价", "礼物", "送人", "不喜欢", "不太喜欢", "不合心意", "冲动消费", "无理由",
        ],
        [Packaging] =
        [
            "包装", "外包装", "包装盒", "盒子", "箱子", "纸箱", "外箱", "快递箱", "快递盒", "纸盒", "包装袋", "袋子", "泡沫",
        ],
        [MissingParts] =
        [
            "缺少", "缺了", "缺件", "少件", "少了", "少发", "漏发", "漏寄", "没有配件", "配件不全", "配件少", "不齐", "不全",
            "没有说明书", "没说明书", "缺说明书", "只有一个", "只收到一个", "只有一只", "只有一件",
        ],
        [Neutral] =
        [
            "紧急", "要紧", "赶紧", "抓紧", "紧张", "松紧", "轻松", "放松", "减肥", "缺点", "透气", "薄荷", "慢慢", "和图片一样",
            "跟图片一样", "与图片一样", "和照片一样", "和描述一样", "与描述一致", "和描述一致", "颜色好看", "颜色很好看",
            "颜色不错", "颜色很正", "颜色正", "手感好", "手感不错", "质感好", "质感不错", "版型好", "版型很好", "版型不错",
            "没有损坏", "没有破损",
        ],
    };

    public static IReadOnlyDictionary<string, string[]> TraditionalChinese { get; } = new Dictionary<string, string[]>
    {
        [RunsSmall] =
        [
            "太小", "偏小", "小了", "有點小", "有些小", "小一碼", "小一號", "碼數小", "碼數偏小", "尺碼小", "尺碼偏小", "尺碼太小",
            "碼偏小", "尺寸太小", "尺寸偏小", "緊", "太緊", "有點緊", "偏緊", "卡卡", "擠腳", "夾腳", "穿不進", "穿不下", "塞不進", "短了",
            "太短", "偏短", "窄", "太窄",
        ],
        [RunsLarge] =
        [
            "太大", "偏大", "大了", "有點大", "有些大", "碼數大", "碼數偏大", "尺碼大", "尺碼偏大", "尺碼太大", "碼偏大",
            "尺寸太大", "尺寸偏大", "鬆", "太鬆", "有點鬆", "偏鬆", "鬆垮", "寬鬆", "太肥", "偏肥", "長了", "太長", "偏長",
            "太寬", "偏寬",
        ],
        [Fit] =
        [
            "不合身", "不合適", "不太合適", "不適合", "不合腳", "不跟腳", "磨腳", "穿著不舒服", "不舒服", "版型", "版型不好", "版型差",
            "尺碼不對", "尺碼不準", "碼數不對", "碼數不準", "尺寸不對", "尺寸不合", "尺碼表",
        ],
        [Quality] =
        [
            "品質差", "品質不好", "品質不佳", "品質很差", "品質太差", "品質一般", "品質有問題", "質量差", "質量不好", "質量問題",
            "做工差", "做工不好", "做工粗糙", "做工一般", "粗糙", "劣質", "次品", "瑕疵", "缺陷", "有問題", "毛病", "不能用",
            "用不了", "沒辦法用", "無法使用", "不工作", "開不了機", "充不了電", "故障", "失靈", "起毛球", "起球", "掉色", "褪色",
            "縮水", "開線", "脫線", "線頭", "開膠", "掉毛", "污漬", "髒", "異味", "味道大", "有味道", "臭", "二手", "用過",
            "穿過", "廉價", "質感差",
        ],
        [Damaged] =
        [
            "壞了", "壞掉", "損壞", "破損", "碎了", "摔壞", "壓壞", "破了", "裂", "刮痕", "劃痕", "刮花", "擦傷", "凹陷", "變形",
            "壓扁", "有洞", "破洞", "爛了", "彎了", "斷了", "受潮", "濕了", "碰壞", "磕碰",
        ],
        [NotAsPictured] =
        [
            "顏色", "顏色不對", "顏色不一樣", "色差", "色差大", "色差很大", "色差太大", "色差有點大", "色差比較大", "圖片", "照片",
            "實物", "描述", "不符",
            "材質", "面料", "布料", "質感", "手感", "透", "太薄", "薄", "不一樣", "不像", "貨不對板", "圖文不符",
        ],
        [WrongItem] =
        [
            "發錯", "寄錯", "錯發", "送錯", "給錯", "不是我買的", "不是我訂的", "不是我要的", "不是我下單的", "貨不對",
            "商品不對", "寄來的不對", "拿錯", "搞錯", "弄錯", "型號不對", "型號錯", "款式不對", "我沒買", "沒訂",
        ],
        [Late] =
        [
            "太慢", "很慢", "慢", "物流慢", "出貨慢", "發貨慢", "到貨慢", "配送慢", "遲到", "遲了", "太晚", "晚了", "延遲",
            "延誤", "推遲", "耽誤", "來不及", "等了", "等太久", "好久才到", "才到", "超時", "逾期", "拖延", "遲遲",
        ],
        [ChangedMind] =
        [
            "不想要了", "不想要", "不需要了", "不需要", "不要了", "用不上", "用不到", "改變主意", "改主意", "買重了", "重複購買",
            "重複下單", "買了兩", "買多了", "下錯單", "買錯", "更便宜", "便宜了", "降價", "別家", "別的店", "其他店",
            "價格更低", "差價", "禮物", "送人", "不喜歡", "不太喜歡", "不合心意", "衝動購物",
        ],
        [Packaging] =
        [
            "包裝", "外包裝", "包裝盒", "盒子", "箱子", "紙箱", "外箱", "紙盒", "包裝袋", "袋子", "泡沫", "氣泡紙",
        ],
        [MissingParts] =
        [
            "缺少", "缺了", "缺件", "少件", "少了", "漏發", "漏寄", "沒有配件", "配件不全", "配件少", "不齊", "不全",
            "沒有說明書", "沒說明書", "缺說明書", "只有一個", "只收到一個", "只有一隻", "只有一件",
        ],
        [Neutral] =
        [
            "緊急", "要緊", "趕緊", "抓緊", "緊張", "鬆緊", "輕鬆", "放鬆", "減肥", "缺點", "透氣", "薄荷", "慢慢", "和圖片一樣",
            "跟圖片一樣", "與圖片一樣", "和照片一樣", "和描述一樣", "與描述一致", "和描述一致", "顏色好看", "顏色很好看",
            "顏色不錯", "手感好", "手感不錯", "質感好", "質感不錯", "版型好", "版型很好", "版型不錯", "沒有損壞", "沒有破損",
        ],
    };

    /// <summary>Korean keywords are compared without spaces, so "잘못 배송" also matches "잘못배송".</summary>
    public static IReadOnlyDictionary<string, string[]> Korean { get; } = new Dictionary<string, string[]>
    {
        [RunsSmall] =
        [
            "작아", "작다", "작네", "작고", "작은데", "작습", "작았", "작더", "작게 나", "작은 편", "작음", "너무 작", "사이즈가 작", "끼어", "끼네",
            "껴요", "꽉 끼", "끼는 느낌", "타이트", "짧아", "짧다", "짧네", "짧습", "짧았", "좁아", "좁다", "좁네", "좁습",
            "한 치수 크게", "한 사이즈 크게", "한 사이즈 업", "한 치수 작게 나", "한 사이즈 작게 나", "안 들어가",
            "들어가지 않",
        ],
        [RunsLarge] =
        [
            "커요", "커서", "크다", "크네", "크고", "큰데", "큽니다", "컸", "크게 나", "큰 편", "너무 커", "너무 크", "사이즈가 커", "사이즈가 크",
            "헐렁", "헐거", "루즈", "길어", "길다", "길네", "깁니다", "넓어", "넓다", "넓네", "한 치수 작게", "한 사이즈 작게",
            "한 사이즈 다운", "한 치수 크게 나", "한 사이즈 크게 나", "벗겨져",
        ],
        [Fit] =
        [
            "안 맞", "맞지 않", "핏이", "핏", "착용감", "불편", "어울리지 않", "안 어울", "사이즈 미스", "사이즈 선택", "사이즈표",
        ],
        [Quality] =
        [
            "품질", "퀄리티", "불량", "하자", "초기 불량", "조잡", "싸구려", "싼티", "허접", "마감", "바느질", "박음질", "실밥",
            "올이 풀", "올 풀림", "보풀", "물빠짐", "물 빠짐", "이염", "줄어", "수축", "얼룩", "오염", "냄새", "악취", "작동이 안",
            "작동 안", "작동하지 않", "작동을 안", "작동 불량", "고장", "안 켜", "충전이 안", "사용감", "중고", "누가 쓰던", "결함",
        ],
        [Damaged] =
        [
            "파손", "깨졌", "깨져", "깨짐", "깨진", "부서", "부러", "찢어", "찢겨", "찢김", "흠집", "스크래치", "기스", "찌그러",
            "찍힘", "찍혀", "망가", "금이 가", "금 가", "구멍", "긁힘", "긁혀", "변형", "젖어", "휘어", "터져",
        ],
        [NotAsPictured] =
        [
            "색상", "색깔", "색이", "컬러", "사진", "이미지", "실물", "소재", "재질", "원단", "얇아", "얇다", "얇네", "비침", "비쳐",
            "다르", "달라", "다름", "상세페이지",
        ],
        [WrongItem] =
        [
            "다른 상품", "다른 제품", "다른 물건", "다른게 왔", "다른 것이 왔", "다른 색상이 왔", "다른 사이즈가 왔", "잘못 배송",
            "잘못 보내", "잘못 왔", "잘못 온", "오배송", "주문한 것과 다", "주문한 거랑 다", "주문한 상품이 아니",
            "주문하지 않은", "주문 안 한", "시킨 거랑 다", "엉뚱한",
        ],
        [Late] =
        [
            "늦게", "늦어", "늦었", "늦네", "늦음", "늦다", "지연", "배송이 느", "배송 느", "느려", "느림", "오래 걸", "너무 오래",
            "한참", "기다렸", "제때 안", "제때 못", "날짜에 못", "늦은 배송",
        ],
        [ChangedMind] =
        [
            "단순 변심", "변심", "마음이 바뀌", "마음이 변", "필요 없", "필요가 없", "더 이상 필요", "안 쓰게", "쓸 일이 없", "더 싸",
            "더 저렴", "저렴한 곳", "최저가", "가격이 내려", "가격 인하", "중복 주문", "두 번 주문", "두 개 주문", "잘못 주문",
            "실수로 주문", "주문 실수", "선물", "마음에 안 들", "마음에 들지 않", "맘에 안 들", "취향이 아니", "취향 아니",
        ],
        [Packaging] =
        [
            "포장", "박스", "상자", "포장지", "완충재", "뽁뽁이", "봉투", "쇼핑백", "선물 포장", "포장이 잘 안", "포장 잘 안",
            "포장이 잘못", "포장 잘못", "포장이 엉망", "포장 엉망",
        ],
        [MissingParts] =
        [
            "누락", "빠져", "빠졌", "빠진", "빠짐", "부품이 없", "부품 없", "구성품이 없", "구성품 없", "구성품이 빠", "설명서가 없",
            "설명서 없", "나사가 없", "하나만", "한 개만", "한 짝만", "덜 왔", "덜 와", "모자라", "부족", "미포함", "포함되지 않",
            "포함 안", "안 들어있", "들어있지 않",
        ],
        [Neutral] =
        [
            "안 작", "작지 않", "안 커", "안 크", "크지 않", "안 늦", "늦지 않", "핏이 예", "핏 예", "핏이 좋", "핏 좋", "핏도 좋",
            "착용감 좋", "착용감이 좋", "착용감도 좋", "품질 좋", "품질이 좋", "품질도 좋", "품질은 좋", "퀄리티 좋", "퀄리티가 좋",
            "퀄리티도 좋", "퀄리티는 좋", "마감 좋", "마감이 좋", "마감도 좋", "냄새 없", "냄새도 없", "냄새는 없", "냄새가 없",
            "하자 없", "하자는 없", "하자도 없", "불량 없", "고장 없", "흠집 없", "흠집은 없", "파손 없", "기스 없", "사진과 같",
            "사진이랑 같", "사진과 똑같", "사진 그대로", "색상 예", "색상이 예", "색깔 예", "색깔이 예", "색상 좋", "색상이 좋",
            "색도 예", "색이 예", "실물이 더 예", "실물 예", "포장 꼼꼼", "포장이 꼼꼼", "포장도 꼼꼼", "포장 잘", "포장이 잘",
            "포장도 잘",
        ],
    };
}
