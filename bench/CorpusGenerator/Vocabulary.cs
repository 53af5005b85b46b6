namespace CorpusGenerator;

/// <summary>Dutch words the generated text is made of. Fixed lists, so the corpus depends only on the seed.</summary>
internal static class Vocabulary
{
    public static readonly string[] Nouns =
    [
        "cliënt", "collega", "grens", "afstand", "gesprek", "situatie", "houding", "team", "werkplek", "begeleider",
        "zorgvrager", "familie", "afspraak", "gevoel", "rol", "taak", "verantwoordelijkheid", "reactie", "vraag", "keuze",
        "ervaring", "leidinggevende", "signaal", "emotie", "relatie", "balie", "dienst", "overleg", "verslag", "moment",
        "woning", "buurt", "school", "leerling", "docent", "stage", "praktijk", "opdracht", "voorbeeld", "ideeën",
    ];

    public static readonly string[] Verbs =
    [
        "bespreekt", "merkt", "bewaakt", "herkent", "benoemt", "vraagt", "zoekt", "houdt", "geeft", "neemt",
        "kiest", "luistert naar", "denkt na over", "schrijft", "helpt", "steunt", "begrijpt", "voelt", "ziet", "legt uit",
    ];

    public static readonly string[] Adjectives =
    [
        "duidelijke", "rustige", "open", "eerlijke", "lastige", "nieuwe", "vaste", "korte", "persoonlijke", "reële",
        "heldere", "kleine", "grote", "moeilijke", "gewone", "eigen", "vriendelijke", "zakelijke", "warme", "kritische",
    ];

    public static readonly string[] Adverbs =
    [
        "vandaag", "vaak", "soms", "meteen", "rustig", "bewust", "altijd", "zelden", "samen", "eerst", "daarna", "ook",
    ];

    public static readonly string[] Subjects = ["Je", "De begeleider", "Een collega", "Het team", "De docent", "Wie", "Een stagiair", "Iedereen"];

    /// <summary>First words of glossary terms; with <see cref="TermNouns"/> they give 30 × 40 distinct terms.</summary>
    public static readonly string[] TermAdjectives =
    [
        "professionele", "emotionele", "fysieke", "sociale", "morele", "actieve", "passieve", "bewuste", "open", "gedeelde",
        "persoonlijke", "formele", "informele", "zakelijke", "ethische", "kritische", "respectvolle", "heldere", "eerlijke", "directe",
        "indirecte", "collegiale", "bewaakte", "gezonde", "stevige", "zachte", "duurzame", "bereikbare", "veilige", "betrokken",
    ];

    public static readonly string[] TermNouns =
    [
        "afstand", "nabijheid", "grensbewaking", "reflectie", "houding", "betrokkenheid", "empathie", "communicatie", "feedback", "intervisie",
        "loyaliteit", "neutraliteit", "integriteit", "zelfzorg", "rolvastheid", "vertrouwelijkheid", "openheid", "verantwoording", "samenwerking", "zelfkennis",
        "assertiviteit", "weerbaarheid", "aandacht", "bejegening", "begrenzing", "toewijding", "afstemming", "gelijkwaardigheid", "onafhankelijkheid", "zorgvuldigheid",
        "bescheidenheid", "geduld", "moed", "nieuwsgierigheid", "consequentheid", "transparantie", "discretie", "standvastigheid", "wederkerigheid", "inlevingsvermogen",
    ];

    /// <summary>Names of generated folders (slugs; a number makes each unique). None is a page name, so no URL is taken twice.</summary>
    public static readonly string[] Folders = ["thema", "hoofdstuk", "onderdeel", "module", "deel", "blok"];

    /// <summary>Names of generated pages (slugs; a number makes each unique).</summary>
    public static readonly string[] Slugs =
    [
        "grenzen", "basis", "valkuilen", "gesprekken", "reflectie", "werkplek", "rollen", "afspraken", "signalen", "emoties",
        "teamwerk", "stage", "praktijk", "houding", "casussen", "oefenen",
    ];
}
