import type { ConditionPosition, ConditionScope } from "../statements/schema";

/*
 * The rule tables of the article extractor, kept apart from the code that
 * applies them so that an editor can read and extend them. They describe how
 * English-language news reports word things, not any particular article.
 */

// ---------------------------------------------------------------------------
// Attribution

/**
 * Verbs (and short verb phrases) that attribute speech or a stated position to
 * the noun phrase before them. Lowercase: a capitalised "Says" is a headline.
 * Deliberately absent: "speaks" (captions: "speaks to the media"), "agreed",
 * "accused", "believes", "sees" (they report acts or beliefs, not statements).
 */
export const SPEECH_VERBS: readonly string[] = [
  "said", "says", "say",
  "told", "tells",
  "added", "adds",
  "declared", "declares",
  "claimed", "claims",
  "insisted", "insists", "insist",
  "urged", "urges",
  "rejected", "rejects",
  "dismissed", "dismisses",
  "stressed", "stresses",
  "warned", "warns",
  "noted", "notes",
  "argued", "argues",
  "wrote", "writes",
  "stated", "states",
  "explained", "explains",
  "emphasized", "emphasised", "emphasizes", "emphasises",
  "asserted", "asserts",
  "vowed", "vows",
  "pledged", "pledges",
  "promised", "promises",
  "demanded", "demands",
  "proposed", "proposes",
  "announced", "announces",
  "acknowledged", "acknowledges",
  "admitted", "admits",
  "suggested", "suggests",
  "reiterated", "reiterates",
  "repeated", "repeats",
  "reaffirmed", "reaffirms",
  "maintained", "maintains",
  "contended", "contends",
  "countered", "counters",
  "replied", "replies",
  "responded", "responds",
  "conceded", "concedes",
  "cautioned", "cautions",
  "threatened", "threatens",
  "confirmed", "confirms",
  "denied", "denies",
  "welcomed", "welcomes",
  "condemned", "condemns",
  "listed", "lists",
  "tweeted", "posted",
  "called for", "calls for",
  "pushed for", "pushes for",
  "pressed for", "presses for",
  "ruled out", "rules out",
  "expressed concern", "expressed hope", "expressed support", "expressed readiness",
  "signed a decree", "issued a decree",
];

/** Verbs that, after a quotation, may come before their subject: `“…,” said Peskov.` */
export const INVERTED_SPEECH_VERBS: readonly string[] = ["said", "says", "added", "adds", "wrote", "told", "continued", "asked"];

/**
 * Present-tense verbs that report a standing position rather than a statement
 * of the day ("Russia maintains…", "Ukraine demands…"): background.
 * "says" is not here: in news style it is the present of one statement.
 */
export const STANDING_PRESENT_VERBS: ReadonlySet<string> = new Set([
  "maintains", "insists", "insist", "demands", "argues", "contends", "holds",
]);

/** Words allowed between a speaker and the speech verb ("Blinken has long insisted"). */
export const GAP_WORDS: ReadonlySet<string> = new Set([
  "has", "have", "had", "also", "long", "repeatedly", "previously", "earlier", "again", "once", "later",
  "then", "recently", "further", "now", "still", "already", "firmly", "clearly", "publicly", "reportedly",
  "since", "even", "only", "just", "separately", "subsequently", "initially", "originally", "similarly",
  "likewise", "too", "on", "last", "late", "yesterday", "today", "openly", "flatly", "bluntly", "swiftly",
  "quickly", "immediately", "explicitly", "essentially", "effectively", "will", "would", "could", "may",
  "might", "should", "must", "is", "was", "be", "not", "never",
]);

/** Auxiliaries that make a report a standing or earlier position: background. */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "had"]);
/** Modal auxiliaries: the statement is expected or hypothetical, so it is not dated. */
export const MODAL_AUXILIARIES: ReadonlySet<string> = new Set(["will", "would", "could", "may", "might", "should", "must"]);
/** Adverbs that mark an earlier or long-standing position: background. */
export const BACKGROUND_ADVERBS: ReadonlySet<string> = new Set(["long", "repeatedly", "previously", "earlier", "since", "once", "originally", "initially"]);

/** A comma-enclosed aside between a speaker and the verb starts with one of these. */
export const ASIDE_STARTERS: ReadonlySet<string> = new Set([
  "who", "which", "in", "at", "during", "speaking", "asked", "writing", "according", "however", "meanwhile",
  "too", "also", "for", "after", "before", "while", "when", "a", "an", "the", "his", "her", "its", "their",
  "then", "now", "still", "though", "although", "by", "on", "from", "with", "without", "standing",
  "appearing", "addressing", "responding", "commenting", "visiting", "meeting",
]);

/** Capitalised words that open a clause and are never part of a speaker's name. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "But", "And", "Or", "However", "Nevertheless", "Nonetheless", "Meanwhile", "Although", "Though", "After",
  "Before", "In", "On", "At", "As", "When", "While", "Whilst", "Speaking", "Also", "Still", "Yet", "So", "If",
  "Then", "Now", "Earlier", "Later", "Separately", "Instead", "Moreover", "Furthermore", "Since", "Until",
  "Because", "Asked", "Here", "There", "This", "That", "These", "Those", "It", "We", "I", "You", "They",
  "He", "She", "His", "Her", "Its", "Their", "Our", "My", "Your", "What", "Why", "How", "Where", "Who",
  "Which", "Even", "Only", "Both", "Neither", "Either", "Among", "Amid", "Despite", "During", "Following",
  "According", "For", "From", "With", "Without", "By", "Under", "Over", "To", "Of", "Last", "Next",
  "Thus", "Still", "Indeed", "Already", "Again", "Today", "Yesterday", "Monday", "Tuesday", "Wednesday",
  "Thursday", "Friday", "Saturday", "Sunday", "FILE", "UPDATE", "WATCH", "READ", "MORE",
]);

/**
 * Lowercase words that may stand in a speaker's noun phrase
 * ("senior Kyiv official Serhii Popko", "the Ukrainian president").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president", "presidents", "minister", "ministers", "secretary", "spokesman", "spokeswoman", "spokesperson",
  "official", "officials", "leader", "leaders", "diplomat", "diplomats", "chief", "head", "envoy", "ambassador",
  "adviser", "advisor", "aide", "governor", "mayor", "general", "commander", "counterpart", "top", "senior",
  "former", "deputy", "foreign", "defense", "defence", "prime", "state", "press", "presidential", "regional",
  "local", "other", "military", "government", "ministry", "office", "negotiator", "representative",
  "lawmaker", "lawmakers", "legislator", "chancellor", "premier", "staff", "chair", "chairman", "chairwoman",
  "speaker", "member", "members", "director", "analyst", "analysts", "expert", "experts", "source", "sources",
  "administration", "department", "agency", "army", "then-", "acting", "interim", "new", "outgoing",
  "incoming", "veteran", "colleague", "host", "hosts", "mp", "mps", "ukrainian", "russian", "american",
  "western", "european", "chinese", "british", "french", "german", "turkish", "allied",
]);

/** Pronouns that refer a statement back to an earlier speaker. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);
export const ORGANISATION_PRONOUNS: ReadonlySet<string> = new Set(["it"]);

/** Capitalised words that name places, nations or institutions: never a person's name. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "of", "for", "and",
  "Russia", "Russian", "Russians", "Ukraine", "Ukrainian", "Ukrainians", "U.S.", "US", "USA", "U.S.A.",
  "America", "American", "Americans", "United", "States", "Britain", "British", "U.K.", "UK", "France",
  "French", "Germany", "German", "China", "Chinese", "Turkey", "Turkish", "Türkiye", "Poland", "Polish",
  "Hungary", "Hungarian", "Italy", "Italian", "Brazil", "Brazilian", "India", "Indian", "Iran", "Iranian",
  "Belarus", "Belarusian", "EU", "E.U.", "European", "Europe", "Union", "NATO", "Nato", "UN", "U.N.",
  "Nations", "Kremlin", "Pentagon", "White", "House", "Washington", "Moscow", "Kyiv", "Kiev", "Beijing",
  "Brussels", "London", "Paris", "Berlin", "Western", "West", "G7", "G20", "Foreign", "Defense", "Defence",
  "State", "Ministry", "Minister", "President", "Prime", "Secretary", "General", "Spokesman", "Spokeswoman",
  "Spokesperson", "Press", "Office", "Department", "Affairs", "Council", "Security", "National", "Chief",
  "Staff", "Deputy", "Senior", "Top", "Gov.", "Gov", "Governor", "Sen.", "Sen", "Senator", "Rep.", "Rep",
  "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Gen.", "Lt.", "Col.", "Adm.", "Amb.", "Ambassador",
  "Chancellor", "Premier", "Mayor", "Envoy", "Special", "Presidential", "Parliament", "Verkhovna", "Rada",
  "Duma", "Congress", "Senate", "Government", "Administration", "Army", "Armed", "Forces", "Navy",
  "Military", "Commander", "Head", "Leader", "Pope", "King", "Queen", "Crown", "Prince", "Sheikh",
  "Former", "Acting", "Then", "Vice", "Speaker", "Director", "Agency", "Intelligence", "Service",
  "Prosecutor", "Attorney", "Justice", "Court", "Tribunal", "Criminal", "International", "Institute",
  "Study", "War", "Center", "Centre", "Committee", "Commission", "Party", "Post", "News", "Times", "Bank",
  "Fund", "Group", "Organization", "Organisation", "University", "Foundation", "Association", "Board",
  "Southern", "Northern", "Eastern", "Central", "Federal", "Republic", "People's", "Crimea", "Donbas",
  "Donbass", "Donetsk", "Luhansk", "Lugansk", "Kherson", "Zaporizhzhia", "Zaporozhye", "Turkey's",
  "Vatican", "Holy", "See", "Africa", "African", "Arabia", "Saudi", "Israel", "Israeli", "Japan", "Japanese",
  "Canada", "Canadian", "Sweden", "Swedish", "Finland", "Finnish", "Norway", "Norwegian", "Switzerland",
  "Swiss", "Spain", "Spanish", "Netherlands", "Dutch", "Baltic", "Lithuania", "Latvia", "Estonia",
]);

/** Words that make an unknown speaker an organisation (referred to as "it"), not a person. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  "Ministry", "Office", "Department", "Council", "Institute", "Agency", "Committee", "Commission", "Party",
  "Post", "News", "Times", "Service", "Bank", "Fund", "Group", "Organization", "Organisation", "University",
  "Center", "Centre", "Foundation", "Association", "Board", "Government", "Administration", "Parliament",
  "Kremlin", "Pentagon", "House", "Court", "ministry", "office", "government", "administration", "department",
  "agency", "army",
]);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "adm", "amb", "st", "jr",
  "sr", "prof", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "no", "vol", "inc", "corp", "co", "ltd", "vs", "etc", "approx", "est", "dept", "fig", "maj", "cpl", "pres",
]);

/**
 * Descriptors that name an office instead of a person. Each maps the phrases
 * reporters use to a test on the role titles of the actors: the actor who held
 * the matching role at the publication date is the speaker.
 */
export const ROLE_DESCRIPTORS: readonly { phrases: RegExp; roleTitle: RegExp }[] = [
  {
    phrases: /\b(?:russian|russia['’]s|kremlin) (?:president|leader|head of state)\b|\bpresident of russia\b|\bkremlin (?:chief|boss)\b/i,
    // Anchored: the Kremlin spokesman is "Press Secretary of the President of Russia".
    roleTitle: /^president of russia$/i,
  },
  {
    phrases: /\b(?:ukrainian|ukraine['’]s|kyiv['’]s|kiev['’]s) (?:president|leader|head of state)\b|\bpresident of ukraine\b/i,
    roleTitle: /^president of ukraine$/i,
  },
  {
    phrases:
      /\bsecretary of state\b|\b(?:u\.?s\.?|us|america['’]s|washington['’]s|american) top diplomat\b|\btop (?:u\.?s\.?|us|american) diplomat\b/i,
    roleTitle: /\bsecretary of state\b/i,
  },
  {
    phrases: /\bkremlin (?:spokesman|spokeswoman|spokesperson|press secretary)\b|\bputin['’]s (?:spokesman|press secretary)\b/i,
    roleTitle: /\bkremlin spokesman\b|\bpress secretary of the president of russia\b/i,
  },
  {
    phrases:
      /\b(?:russian|russia['’]s) (?:foreign minister|top diplomat|minister of foreign affairs)\b|\b(?:moscow['’]s|russia['’]s) top diplomat\b|\bforeign minister of russia\b/i,
    roleTitle: /\bforeign affairs of russia\b|\bforeign minister of russia\b/i,
  },
  {
    phrases:
      /\b(?:ukrainian|ukraine['’]s) (?:foreign minister|top diplomat|minister of foreign affairs)\b|\b(?:kyiv['’]s|kiev['’]s) top diplomat\b|\bforeign minister of ukraine\b/i,
    roleTitle: /\bforeign affairs of ukraine\b|\bforeign minister of ukraine\b/i,
  },
  {
    phrases: /\bdefen[cs]e secretary\b|\bsecretary of defen[cs]e\b|\bpentagon (?:chief|head|boss)\b/i,
    roleTitle: /\bsecretary of defen[cs]e\b/i,
  },
  {
    phrases: /\bnato (?:secretary[- ]general|chief|head|boss|leader)\b|\bsecretary[- ]general of nato\b|\balliance['’]s (?:chief|head|secretary[- ]general)\b/i,
    roleTitle: /\bsecretary general of nato\b/i,
  },
];

// ---------------------------------------------------------------------------
// Conditions, stances and topics

/** Words that make what follows a condition ("no cease-fire unless…", "provided Kiev withdraws"). */
export const CONDITIONAL_CONNECTIVE =
  /\b(?:unless|provided(?: that)?|providing|only if|on condition|as long as|so long as|in exchange for|in return for)\b/gi;

/** Words just before a trigger that make it a demand, whatever negation stands elsewhere in the sentence. */
export const DEMAND_CUE =
  /\b(?:must|should|has to|have to|had to|need(?:s|ed)? to|demand\w*|insist\w*|requir\w*|call(?:s|ed)? (?:on|for)|urge\w*)\b/i;

/** Negation anywhere in the sentence of a trigger. */
export const NEGATION_CUE =
  /\b(?:not|no|never|cannot|can['’]t|won['’]t|wouldn['’]t|isn['’]t|aren['’]t|doesn['’]t|don['’]t|reject\w*|refus\w*|rule[sd]? out|wrong message|ultimatum|unacceptable|nor)\b/i;

/** Negation just before a trigger, within a few words ("give up its bid for NATO membership"). */
export const LOCAL_NEGATION_CUE =
  /\b(?:give up|giving up|gives up|gave up|abandon\w*|renounc\w*|drop\w*|no|not|never|refus\w*|against|reject\w*|halt\w*|stop\w*|outside|without|forgo\w*|end(?:s|ed|ing)?)\b/i;

/** Words that tell which stage a condition is for; the nearest one to the trigger wins. */
export const SCOPE_CUES: readonly { scope: ConditionScope; pattern: RegExp }[] = [
  { scope: "ceasefire", pattern: /\bcease-?\s?fires?\b|\btruces?\b|\barmistice\b|\bhalt (?:the )?(?:fighting|offensive|hostilities|war|attacks)\b|\bstop (?:the )?(?:fighting|war)\b/gi },
  { scope: "talks", pattern: /\btalks\b|\bnegotiat\w*|\bdiplomac\w*|\bdialogue\b|\bto the table\b/gi },
  {
    scope: "settlement",
    pattern:
      /\bpeace (?:deal|agreement|treaty|settlement|accord)s?\b|\bsettlement\b|\blasting peace\b|\bfinal (?:solution|resolution|settlement)\b|\bend(?:ing)? (?:the|this) war\b|\bestablishment of peace\b|\bagreements?\b|\bpeace terms\b/gi,
  },
];

export type ConditionRule = {
  slug: string;
  patterns: RegExp[];
  /** The stage a condition is for when the sentence does not say. */
  appliesTo: ConditionScope;
  /** The position when the trigger is neither negated nor made a condition. */
  position: ConditionPosition;
  /**
   * What negation in the sentence does. "flip": the speaker rejects the thing
   * (demands ↔ rejects). "keep": the trigger names the thing already in its
   * negative sense ("no indication of interest in meaningful diplomacy" is still
   * a demand for good faith).
   */
  negation: "flip" | "keep";
  /** When the words just before the trigger negate it, it is this other condition. */
  locallyNegated?: string;
  /**
   * A talks condition that does not make the talks stance "conditional": a
   * refusal ("no talks with Putin") or a way of talking ("direct talks").
   */
  stanceNeutral?: boolean;
};

const T = String.raw;
const rx = (source: string) => new RegExp(source, "gi");

/** One entry per condition of the taxonomy; conditions the database lacks are skipped. */
export const CONDITION_RULES: readonly ConditionRule[] = [
  {
    slug: "russian-withdrawal",
    patterns: [
      rx(T`\brussia(?:n|['’]s)?\s+(?:military\s+|full\s+|complete\s+)?withdrawal\b`),
      rx(T`\bwithdraw(?:al|s|ing)?\s+(?:of\s+)?(?:all\s+)?russian\s+(?:forces|troops|soldiers)\b`),
      rx(T`\brussian\s+(?:forces|troops|soldiers|army)\s+(?:must\s+|to\s+|should\s+|would\s+)?(?:leave|withdraw|pull\s+out|get\s+out)\b`),
      rx(T`\bleave\s+(?:sovereign\s+)?(?:ukraine|ukrainian\s+(?:territory|soil|land))\b`),
      rx(T`\b(?:take|taking|took|win|winning)\s+back\s+(?:all\s+)?(?:the\s+|its\s+|our\s+)?(?:occupied\s+)?(?:territor\w*|land|regions)\b`),
      rx(T`\b(?:retake|retaking|liberate|liberating|liberation\s+of)\s+(?:all\s+)?(?:the\s+|its\s+|our\s+)?(?:occupied\s+)?(?:territor\w*|land|regions)\b`),
      rx(T`\b1991\s+borders\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    // The same condition named by its opposite: troops that stay.
    slug: "russian-withdrawal",
    patterns: [
      rx(T`\b(?:leave|leaves|leaving|keep|keeps|keeping)\s+russian\s+(?:troops|forces|soldiers)\s+(?:on|in)\s+(?:ukrainian|occupied|ukraine)`),
    ],
    appliesTo: "settlement",
    position: "rejects",
    negation: "flip",
  },
  {
    slug: "ukrainian-withdrawal-annexed-regions",
    patterns: [
      rx(T`\b(?:ukraine|kyiv|kiev|ukrainian\s+(?:forces|troops))\s+(?:must\s+|should\s+|to\s+|would\s+)?(?:\w+\s+)?withdraws?\s+from\b`),
      rx(T`\bwithdraw\w*\s+(?:its\s+|their\s+|ukrainian\s+)?(?:forces\s+|troops\s+)?from\s+(?:the\s+)?(?:four\s+|annexed\s+|occupied\s+)?(?:regions|donetsk|luhansk|lugansk|zaporizhzhia|zaporozhye|kherson|them)\b`),
      rx(T`\bhand(?:s|ing|ed)?\s+over\s+(?:more\s+|the\s+|their\s+|its\s+)?(?:territor\w*|land|regions|administrative\s+borders)\b`),
      rx(T`\bced(?:e|es|ed|ing)\s+(?:more\s+|any\s+|the\s+)?(?:territor\w*|land|regions)\b`),
      rx(T`\bgive\s+up\s+(?:more\s+|any\s+|the\s+)?(?:territor\w*|land|regions)\b`),
    ],
    appliesTo: "ceasefire",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "recognition-of-annexations",
    patterns: [
      rx(T`\b(?:recogni[sz]\w*|ratif\w*|legitimi[sz]\w*|accept\w*)\W+(?:\w+\W+){0,4}?(?:annexation\w*|control\s+over|sovereignty\s+over|new\s+(?:territorial\s+)?realit\w*|territorial\s+gains|land\s+grab)`),
      rx(T`\bnew\s+territorial\s+realit\w*`),
      rx(T`\brealit(?:y|ies)\s+on\s+the\s+ground\b`),
      rx(T`\b(?:regions|territories|crimea|donbas|donbass)\s+(?:are|is)\s+(?:now\s+)?(?:part\s+of|russian)\b`),
      rx(T`\b(?:allow\w*|let\w*)\s+(?:moscow|russia|putin|the\s+kremlin)\s+(?:\w+\s+)?to\s+keep\b`),
      rx(T`\bconsolidat\w*\s+(?:its\s+|his\s+)?control\s+over\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "no-freezing-of-lines",
    patterns: [
      rx(T`\bfreez\w*\W+(?:the\s+)?(?:current\s+)?(?:front\s*)?(?:lines?|conflict|war|front)\b`),
      rx(T`\bfreezing\s+it\b`),
      rx(T`\ba\s+freeze\b`),
      rx(T`\bfrozen\s+conflict\b`),
    ],
    appliesTo: "ceasefire",
    // The trigger names the freezing itself: said plainly it is rejected, negated it is demanded.
    position: "rejects",
    negation: "flip",
  },
  {
    slug: "deferred-status",
    patterns: [rx(T`\b(?:defer\w*|set\s+aside|postpon\w*|left\s+for\s+later)\W+(?:\w+\W+){0,4}?(?:status|question)\s+of\b`)],
    appliesTo: "settlement",
    position: "offers",
    negation: "flip",
  },
  {
    slug: "territorial-integrity",
    patterns: [rx(T`\bterritorial\s+integrity\b`), rx(T`\binternationally\s+recogni[sz]ed\s+borders\b`)],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "nato-membership",
    patterns: [
      rx(T`\b(?:nato|alliance)(?:['’]s)?\s+membership\b`),
      rx(T`\bmembership\s+(?:in|of)\s+(?:nato|the\s+(?:western\s+)?(?:military\s+)?alliance)\b`),
      rx(T`\bjoin(?:ing|s)?\s+(?:nato|the\s+(?:western\s+)?(?:military\s+)?alliance)\b`),
      rx(T`\bnato\s+(?:bid|accession|aspirations?|ambitions?|path)\b`),
      rx(T`\bbid\s+(?:for|to\s+join)\s+nato\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
    locallyNegated: "no-nato-membership",
  },
  {
    slug: "no-nato-membership",
    patterns: [rx(T`\b(?:never|not)\s+(?:\w+\s+)?join\s+nato\b`), rx(T`\bstay\s+out\s+of\s+nato\b`)],
    appliesTo: "settlement",
    position: "demands",
    negation: "keep",
  },
  {
    slug: "neutrality",
    patterns: [rx(T`\bneutral(?:ity)?\s+status\b`), rx(T`\b(?:remain|stay|be|become|declare\w*)\s+(?:a\s+|permanently\s+)?neutral\b`), rx(T`\bnon-?aligned\b`), rx(T`\b(?:permanent(?:ly)?\s+)?neutrality\b`)],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "non-nuclear-status",
    patterns: [
      rx(T`\bnon-?nuclear\b`),
      rx(T`\bnuclear-free\b`),
      rx(T`\bnot\s+(?:to\s+)?(?:have|possess|acquire|obtain)\s+nuclear\s+weapons\b`),
      rx(T`\bwithout\s+nuclear\s+weapons\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "keep",
  },
  {
    slug: "limits-on-armed-forces",
    patterns: [
      rx(T`\bdemilitari[sz]\w*`),
      rx(T`\blimit\w*\s+(?:the\s+|its\s+|their\s+)?(?:size\s+of\s+(?:the\s+|its\s+)?)?(?:military|armed|army)\s*(?:forces?)?\b`),
      rx(T`\bcaps?\s+on\s+(?:the\s+size\s+of\s+)?(?:ukraine['’]s\s+|its\s+|the\s+)?(?:army|armed\s+forces|military)\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "eu-membership",
    patterns: [
      rx(T`\b(?:eu|european\s+union)\s+(?:membership|accession|bid)\b`),
      rx(T`\bjoin(?:ing|s)?\s+the\s+(?:eu|european\s+union)\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "no-foreign-troops",
    patterns: [
      rx(T`\b(?:foreign|nato|western|european)\s+(?:troops|bases|forces|peacekeepers|soldiers)\s+(?:in|on)\s+(?:ukraine|ukrainian\s+soil)\b`),
      rx(T`\bno\s+(?:foreign|nato|western)\s+(?:troops|bases)\b`),
    ],
    appliesTo: "settlement",
    position: "rejects",
    negation: "flip",
  },
  {
    slug: "security-guarantees",
    patterns: [rx(T`\bsecurity\s+(?:guarantees?|assurances?|commitments)\b`)],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "legal-guarantees-against-nato-expansion",
    patterns: [
      rx(T`\bguarantees?\s+against\s+nato(?:['’]s)?\s+(?:further\s+)?(?:expansion|enlargement)\b`),
      rx(T`\b(?:no|halt\w*|stop\w*|end\w*|against)\s+(?:further\s+)?nato\s+(?:expansion|enlargement)\b`),
      rx(T`\bnato(?:['’]s)?\s+(?:further\s+)?(?:expansion|enlargement)\s+(?:to\s+the\s+)?east\w*\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "keep",
  },
  {
    slug: "no-weapons-near-russian-borders",
    patterns: [
      rx(T`\b(?:weapons?|missiles?)(?:\s+systems?)?\s+(?:near|close\s+to|on|along)\s+(?:russia['’]s|its|our|russian)\s+borders?\b`),
      rx(T`\bdeploy\w*\s+(?:of\s+)?(?:offensive\s+)?(?:weapons?|missiles?)\W+(?:\w+\W+){0,3}?borders?\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "keep",
  },
  {
    slug: "root-causes",
    patterns: [rx(T`\broot\s+causes?\b`), rx(T`\bprimary\s+causes?\s+of\s+the\s+conflict\b`)],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "nuclear-plant-safety",
    patterns: [rx(T`\bnuclear\s+(?:power\s+)?(?:plant|station|facilit\w*)\b`), rx(T`\bzaporizhzhia\s+npp\b`)],
    appliesTo: "settlement",
    position: "demands",
    negation: "keep",
  },
  {
    slug: "sanctions-relief",
    patterns: [
      rx(T`\bsanctions\W+(?:\w+\W+){0,5}?(?:be\s+)?(?:lifted|eased|removed|dropped|relieved|relaxed)\b`),
      rx(T`\b(?:lift\w*|eas\w*|remov\w*|end\w*)\s+(?:of\s+)?(?:the\s+|all\s+|western\s+|us\s+|eu\s+)*sanctions\b`),
      rx(T`\bsanctions\s+relief\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "russia-pays-reconstruction",
    patterns: [
      rx(T`\bpay\w*\W+(?:\w+\W+){0,5}?(?:reconstruction|rebuilding|damages?|reparations)\b`),
      rx(T`\breparations\b`),
      rx(T`\bcompensat\w*\s+(?:ukraine\s+)?for\s+(?:the\s+)?(?:damage|destruction)\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "frozen-assets",
    patterns: [rx(T`\bfrozen\s+(?:russian\s+)?(?:state\s+)?assets\b`), rx(T`\b(?:russian|russia['’]s)\s+(?:central\s+bank\s+)?assets\b`)],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "accountability",
    patterns: [
      rx(T`\bheld\s+(?:to\s+)?account(?:able)?\b`),
      rx(T`\baccountability\b`),
      rx(T`\bwar\s+crimes?\s+(?:tribunal|trials?|prosecutions?)\b`),
      rx(T`\bspecial\s+tribunal\b`),
      rx(T`\bbring\w*\s+(?:\w+\s+){0,3}to\s+justice\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "amnesty",
    patterns: [rx(T`\bamnesty\b`)],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "prisoner-exchanges",
    patterns: [rx(T`\bprisoners?(?:\s+of\s+war)?\s+(?:exchanges?|swaps?)\b`), rx(T`\b(?:exchange|swap)\w*\s+(?:of\s+)?(?:all\s+)?(?:prisoners|pows)\b`), rx(T`\ball\s+for\s+all\b`)],
    appliesTo: "ceasefire",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "return-of-deported-children",
    patterns: [rx(T`\b(?:deported|abducted|taken|transferred)\s+(?:ukrainian\s+)?children\b`), rx(T`\breturn\w*\s+(?:of\s+)?(?:the\s+)?(?:ukrainian\s+)?children\b`)],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "energy-infrastructure-truce",
    patterns: [
      rx(T`\benergy\s+(?:infrastructure\s+)?(?:truce|ceasefire|cease-fire|moratorium)\b`),
      rx(T`\b(?:halt|stop|pause|moratorium\s+on)\w*\s+(?:\w+\s+){0,2}(?:strikes|attacks)\s+on\s+energy\b`),
    ],
    appliesTo: "ceasefire",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "protection-of-russian-speakers",
    patterns: [rx(T`\brussian-speak\w*`), rx(T`\brussian\s+speakers\b`), rx(T`\bethnic\s+russians\b`)],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "language-and-church",
    patterns: [rx(T`\b(?:russian|state)\s+language\b`), rx(T`\borthodox\s+church\b`)],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "binding-international-agreements",
    patterns: [
      rx(T`\b(?:legally\s+)?binding\s+(?:international\s+)?(?:agreements?|treat(?:y|ies)|guarantees?)\b`),
      rx(T`\bfundamental\s+international\s+agreements?\b`),
      rx(T`\benshrined\s+in\s+(?:\w+\s+){0,2}(?:agreements?|treat(?:y|ies))\b`),
    ],
    appliesTo: "settlement",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "no-talks-with-putin",
    patterns: [
      rx(T`\b(?:prohibit\w*|forbid\w*|bann\w*|ban|outlaw\w*|rul\w*\s+out)\s+(?:any\s+)?(?:negotiations|talks)\s+with\s+(?:putin|moscow|russia|the\s+kremlin)\b`),
      rx(T`\b(?:decree|law)\s+(?:prohibiting|forbidding|banning|outlawing)\s+(?:any\s+)?(?:negotiations|talks)\b`),
      rx(T`\bno\s+(?:negotiations|talks)\s+with\s+putin\b`),
      rx(T`\bimpossib\w*\s+(?:of\s+)?(?:to\s+)?(?:negotiat\w*|talks)\s+with\s+putin\b`),
      rx(T`\bwill\s+not\s+(?:negotiate|talk)\s+with\s+putin\b`),
    ],
    appliesTo: "talks",
    position: "demands",
    negation: "keep",
    stanceNeutral: true,
  },
  {
    slug: "negotiate-with-west-not-kyiv",
    patterns: [
      rx(T`\bnot\s+with\s+(?:zelensk\w*|kyiv|kiev|ukraine)\W+(?:\w+\W+){0,12}?but\s+(?:directly\s+)?with\b`),
      rx(T`\b(?:negotiat\w*|talk\w*)\s+(?:directly\s+)?with\s+(?:washington|the\s+united\s+states|the\s+west)\s+(?:rather\s+than|instead\s+of|not)\b`),
      rx(T`\b(?:his|their|kyiv['’]s|kiev['’]s)\s+(?:western\s+)?(?:masters|handlers|puppeteers)\b`),
    ],
    appliesTo: "talks",
    position: "demands",
    negation: "keep",
  },
  {
    slug: "ukraine-decides-own-terms",
    patterns: [
      rx(T`\bnothing\s+about\s+ukraine\s+without\s+ukraine\b`),
      rx(T`\bukrain(?:e|ians|ian\s+government)\s+(?:will|should|must|alone)\s+(?:\w+\s+)?decide\b`),
      rx(T`\bup\s+to\s+(?:ukraine|kyiv|kiev|the\s+ukrainians)\s+to\s+decide\b`),
      rx(T`\bdictate\s+to\s+ukraine\b`),
    ],
    appliesTo: "talks",
    position: "demands",
    negation: "keep",
  },
  {
    slug: "direct-russia-ukraine-talks",
    patterns: [
      rx(T`\bdirect\s+(?:negotiations|talks)\s+(?:with\s+(?:russia|moscow|ukraine|kyiv|kiev)|between)\b`),
      rx(T`\bnegotiat\w*\s+directly\s+with\s+(?:russia|moscow|ukraine|kyiv|kiev)\b`),
    ],
    appliesTo: "talks",
    position: "demands",
    negation: "flip",
    stanceNeutral: true,
  },
  {
    slug: "russian-good-faith",
    patterns: [
      rx(T`\b(?:demonstrat\w*|show\w*|prove\w*)\s+(?:its|their|his|a|any|real|genuine)?\s*(?:real\s+|genuine\s+)?(?:willingness|readiness|interest|desire)\s+(?:to|for|in)\b`),
      rx(T`\b(?:interest|willingness|readiness)\s+in\s+(?:meaningful|genuine|real|serious)\s+(?:diplomacy|negotiations|talks)\b`),
      rx(T`\bgood\s+faith\b`),
      rx(T`\bmeaningful\s+diplomacy\b`),
    ],
    appliesTo: "talks",
    position: "demands",
    negation: "keep",
  },
  {
    slug: "ceasefire-first",
    patterns: [rx(T`\b(?:cease-?fire|truce)\s+(?:must\s+come\s+)?first\b`), rx(T`\bfirst\s+(?:a\s+)?(?:cease-?fire|truce)\b`)],
    appliesTo: "talks",
    position: "demands",
    negation: "flip",
  },
  {
    slug: "battlefield-first",
    patterns: [
      rx(T`\b(?:won|win|decided|settled)\s+on\s+the\s+battlefield\b`),
      rx(T`\bbattlefield\s+first\b`),
      rx(T`\bfrom\s+a\s+position\s+of\s+strength\b`),
      rx(T`\bmilitary\s+victory\s+(?:first|before)\b`),
    ],
    appliesTo: "talks",
    position: "demands",
    negation: "keep",
  },
];

export type StanceRule<S extends string> = { stance: S; pattern: RegExp };

/** Ceasefire stance cues, in order of precedence (the first that matches wins). */
export const CEASEFIRE_STANCE_RULES: readonly StanceRule<"conditional" | "opposes" | "supports">[] = [
  { stance: "conditional", pattern: rx(T`\b(?:cease-?\s?fire|truce)\b[^.;]*?\b(?:unless|provided|only\s+if|on\s+condition|if\s+it\s+means|as\s+long\s+as)\b`) },
  { stance: "conditional", pattern: rx(T`\b(?:cease-?\s?fire|truce)\s+that\s+(?:\w+\s+){0,2}?(?:leaves?|freez\w*|allow\w*|lets?|rewards?|locks?\s+in)\b`) },
  { stance: "conditional", pattern: rx(T`\bhalt\w*\s+(?:the\s+)?(?:offensive|fighting|hostilities)\b[^.;]*?\b(?:provided|unless|if|once|as\s+soon\s+as)\b`) },
  { stance: "opposes", pattern: rx(T`\b(?:reject\w*|dismiss\w*|rul\w*\s+out|oppos\w*|against)\s+(?:\w+\s+){0,6}?(?:cease-?\s?fire|truce)\b`) },
  { stance: "opposes", pattern: rx(T`\bno\s+(?:cease-?\s?fire|truce)\b`) },
  { stance: "opposes", pattern: rx(T`\b(?:cease-?\s?fire|truce)\s+(?:\w+\s+){0,6}?(?:would|will)\s+(?:only\s+)?(?:not|never|allow|let|give)\b`) },
  { stance: "supports", pattern: rx(T`\b(?:call\w*\s+for|support\w*|urg\w*|want\w*|ready\s+for|propos\w*|agree\w*\s+to|back\w*|welcom\w*)\s+(?:an?\s+|the\s+)?(?:immediate\s+|unconditional\s+|full\s+|comprehensive\s+|30-day\s+)?(?:cease-?\s?fire|truce)\b`) },
  { stance: "supports", pattern: rx(T`\b(?:stop|halt|end)\s+(?:the\s+)?(?:fighting|hostilities|killing)\b`) },
];

/** Talks stance cues, in order of precedence (the first that matches wins). */
export const TALKS_STANCE_RULES: readonly StanceRule<"refuses" | "open" | "conditional">[] = [
  { stance: "refuses", pattern: rx(T`\b(?:negotiations|talks)\b[^.;]{0,60}?\boff\s+the\s+table\b`) },
  { stance: "refuses", pattern: rx(T`\b(?:rul\w*\s+out|refus\w*|reject\w*|prohibit\w*|forbid\w*|ban\w*|outlaw\w*)\s+(?:\w+\s+){0,3}?(?:talks|negotiations|dialogue)\b`) },
  { stance: "refuses", pattern: rx(T`\b(?:no|never)\s+(?:\w+\s+){0,2}?(?:talks|negotiations)\s+with\b`) },
  { stance: "refuses", pattern: rx(T`\b(?:will|would)\s+(?:not|never)\s+(?:negotiate|talk)\b`) },
  { stance: "conditional", pattern: rx(T`\b(?:talks|negotiations|negotiate|engage)\b[^.;]{0,80}?\b(?:unless|only\s+if|provided|until|once|as\s+soon\s+as)\b`) },
  { stance: "conditional", pattern: rx(T`\bif\s+(?:he|she|they|moscow|russia|kyiv|kiev|ukraine)\s+(?:does|do|is|are|offers?|agrees?)\b[^.;]{0,80}?\b(?:engage|negotiat\w*|talks)\b`) },
  { stance: "open", pattern: rx(T`\b(?:ready|open|willing|prepared)\s+(?:to|for)\s+(?:\w+\s+){0,3}?(?:talks|negotiat\w*|dialogue|diplomatic\s+solution|diplomacy|peace)\b`) },
  { stance: "open", pattern: rx(T`\b(?:support\w*|welcom\w*)\s+(?:\w+\s+){0,2}?peace\s+(?:efforts|talks|initiatives?|overtures|plans?)\b`) },
  { stance: "open", pattern: rx(T`\bdiplomacy\s+is\s+the\s+only\b`) },
  { stance: "open", pattern: rx(T`\b(?:negotiations|talks|diplomacy)\s+(?:\w+\s+){0,4}?(?:the\s+)?only\s+(?:path|way|route)\b`) },
  { stance: "open", pattern: rx(T`\b(?:call\w*\s+for|urg\w*|want\w*)\s+(?:\w+\s+){0,2}?(?:talks|negotiations|dialogue)\b`) },
  { stance: "open", pattern: rx(T`\bstart\s+negotiations\b`) },
];

/** Topic cues by topic slug; topics the database lacks are skipped. */
export const TOPIC_RULES: readonly { slug: string; patterns: RegExp[] }[] = [
  { slug: "ceasefire", patterns: [rx(T`\bcease-?\s?fires?\b`), rx(T`\btruces?\b`), rx(T`\barmistice\b`)] },
  {
    slug: "negotiations",
    patterns: [rx(T`\btalks\b`), rx(T`\bnegotiat\w*`), rx(T`\bdiplomac\w*`), rx(T`\bdialogue\b`), rx(T`\bpeace\s+(?:deal|agreement|process|efforts|summit|settlement)\b`)],
  },
  { slug: "nato", patterns: [rx(T`\bnato\b`), rx(T`\bnorth\s+atlantic\b`), rx(T`\bmilitary\s+alliance\b`)] },
  {
    slug: "territory",
    // Place names alone are not enough: stories name regions for every shelling.
    patterns: [rx(T`\bterritor\w*`), rx(T`\bannex\w*`), rx(T`\bcrimea\b`), rx(T`\bfront\s*lines?\b`), rx(T`\bcurrent\s+lines\b`)],
  },
  { slug: "sanctions", patterns: [rx(T`\bsanction\w*`), rx(T`\beconomic\s+measures\b`), rx(T`\bembargo\w*`)] },
  { slug: "reconstruction", patterns: [rx(T`\breconstruct\w*`), rx(T`\brebuild\w*`)] },
  { slug: "accountability", patterns: [rx(T`\baccountab\w*`), rx(T`\bwar\s+crimes?\b`), rx(T`\btribunal\b`), rx(T`\bto\s+justice\b`)] },
  { slug: "security-guarantees", patterns: [rx(T`\bsecurity\s+(?:guarantees?|assurances?)\b`), rx(T`\bguarantees?\s+against\b`)] },
  { slug: "nuclear-weapons", patterns: [rx(T`\bnuclear\s+(?:weapons?|arms|arsenal|status|power)\b`), rx(T`\bnon-?nuclear\b`)] },
  {
    slug: "military-aid",
    patterns: [
      rx(T`\b(?:send\w*|suppl\w*|deliver\w*|provid\w*)\s+(?:\w+\s+){0,3}?(?:weapons|arms|military\s+equipment|ammunition)\b`),
      rx(T`\bmilitary\s+(?:aid|assistance|equipment|support)\b`),
      rx(T`\barms\s+(?:supplies|deliveries|shipments)\b`),
    ],
  },
  { slug: "humanitarian", patterns: [rx(T`\bprisoners?\b`), rx(T`\bpows?\b`), rx(T`\bhumanitarian\b`), rx(T`\bdeported\b`), rx(T`\bgrain\s+(?:deal|corridor)\b`)] },
  {
    slug: "mediation",
    patterns: [rx(T`\bmediat\w*`), rx(T`\bpeace\s+(?:plan|formula|initiative|efforts|overtures|summit)\b`), rx(T`\bovertures\b`), rx(T`\bgood\s+offices\b`)],
  },
  { slug: "minority-rights", patterns: [rx(T`\brussian-speak\w*`), rx(T`\brussian\s+speakers\b`), rx(T`\bminorit\w*`), rx(T`\borthodox\s+church\b`)] },
];
