package dev.billingone.workstation.mapping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a company or product name to comparable tokens. Real names differ in case, punctuation, accents,
 * "&"/"and", legal suffixes (Pty Ltd, LLC, GmbH…), a leading "The", abbreviations ("Svcs", "Intl"), plurals,
 * spacing ("A.B.C.", "Blue-Gum") and trading-as forms ("Smith Holdings t/a Smith Plumbing"); each of those is
 * undone here so that the similarity only sees what tells two businesses apart.
 */
public final class NameNormalizer {
    private static final Pattern TRADING_AS = Pattern.compile(
            "\\s(?:t/as?|trading as|d/b/a|dba|a/k/a|aka|atf|as trustee for|formerly)\\s");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED_INSIDE_WORDS = Pattern.compile("['’`.]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{Alnum}]+");

    private static final Set<String> STOP_WORDS = Set.of("the", "and", "of");
    /** Legal forms that never carry identity, stripped wherever they stand. */
    private static final Set<String> LEGAL_ANYWHERE = Set.of("pty", "ltd", "limited", "llc", "inc", "incorporated",
            "gmbh", "plc", "proprietary", "pllc", "llp");
    /** Short legal forms that might be a real word inside a name, stripped only from the end. */
    private static final Set<String> LEGAL_AT_END = Set.of("co", "corp", "corporation", "company", "bv", "nv", "ag",
            "sa", "sarl", "srl", "kg", "ab", "oy", "lp", "pc", "pl");
    private static final Map<String, String> LETTERS_WITHOUT_DECOMPOSITION = Map.of(
            "ø", "o", "æ", "ae", "œ", "oe", "ß", "ss", "ł", "l", "đ", "d", "þ", "th");
    private static final Map<String, String> COMPANY_ABBREVIATIONS = Map.ofEntries(
            Map.entry("intl", "international"), Map.entry("svc", "services"), Map.entry("svcs", "services"),
            Map.entry("mgmt", "management"), Map.entry("mgt", "management"), Map.entry("assoc", "associates"),
            Map.entry("assocs", "associates"), Map.entry("bros", "brothers"), Map.entry("mt", "mount"),
            Map.entry("saint", "st"), Map.entry("street", "st"), Map.entry("ft", "fort"), Map.entry("aust", "australia"),
            Map.entry("grp", "group"), Map.entry("hldg", "holdings"), Map.entry("hldgs", "holdings"),
            Map.entry("acctg", "accounting"), Map.entry("accts", "accountants"), Map.entry("med", "medical"),
            Map.entry("ctr", "centre"), Map.entry("cntr", "centre"), Map.entry("center", "centre"),
            Map.entry("solns", "solutions"), Map.entry("sys", "systems"), Map.entry("tech", "technology"),
            Map.entry("engr", "engineering"), Map.entry("engg", "engineering"), Map.entry("mfg", "manufacturing"),
            Map.entry("distrib", "distribution"), Map.entry("dept", "department"), Map.entry("natl", "national"),
            Map.entry("govt", "government"), Map.entry("univ", "university"), Map.entry("inst", "institute"),
            Map.entry("props", "properties"), Map.entry("constr", "construction"), Map.entry("elec", "electrical"),
            Map.entry("bldg", "building"), Map.entry("bldrs", "builders"), Map.entry("mktg", "marketing"),
            Map.entry("ents", "enterprises"), Map.entry("ent", "enterprises"), Map.entry("vet", "veterinary"),
            Map.entry("pharm", "pharmacy"), Map.entry("hosp", "hospital"), Map.entry("labs", "laboratories"),
            Map.entry("lab", "laboratory"), Map.entry("ins", "insurance"), Map.entry("fin", "financial"),
            Map.entry("transp", "transport"), Map.entry("coop", "cooperative"), Map.entry("cafe", "cafe"),
            Map.entry("dr", "doctor"), Map.entry("drs", "doctors"), Map.entry("nth", "north"), Map.entry("sth", "south"),
            Map.entry("physio", "physiotherapy"), Map.entry("pt", "point"), Map.entry("mtn", "mountain"),
            Map.entry("mtns", "mountains"), Map.entry("ln", "lane"), Map.entry("fab", "fabrication"),
            Map.entry("kindy", "kindergarten"), Map.entry("1st", "first"), Map.entry("2nd", "second"),
            Map.entry("3rd", "third"));
    private static final Map<String, String> PRODUCT_ABBREVIATIONS = Map.ofEntries(
            Map.entry("m365", "microsoft 365"), Map.entry("o365", "office 365"), Map.entry("ms", "microsoft"),
            Map.entry("std", "standard"), Map.entry("prem", "premium"), Map.entry("ent", "enterprise"),
            Map.entry("biz", "business"), Map.entry("mo", "monthly"), Map.entry("mth", "monthly"),
            Map.entry("yr", "annual"), Map.entry("yearly", "annual"), Map.entry("p1", "plan 1"),
            Map.entry("p2", "plan 2"), Map.entry("adv", "advanced"), Map.entry("mgmt", "management"));

    /** Words that describe rather than name a business: people add and drop them freely. */
    private static final Set<String> GENERIC_COMPANY_WORDS = Set.of("group", "service", "centre", "practice",
            "studio", "clinic", "firm", "facility", "hold", "enterprise", "partner", "associate", "australia",
            "international", "company", "team", "solution");

    private final Map<String, String> abbreviations;
    private final boolean companyForms;

    private NameNormalizer(Map<String, String> abbreviations, boolean companyForms) {
        this.abbreviations = abbreviations;
        this.companyForms = companyForms;
    }

    public static NameNormalizer forCompanies() {
        return new NameNormalizer(COMPANY_ABBREVIATIONS, true);
    }

    public static NameNormalizer forProducts() {
        return new NameNormalizer(PRODUCT_ABBREVIATIONS, false);
    }

    /** True for a normalised word that describes a business rather than names it ("Group", "Services"). */
    public boolean isGeneric(String token) {
        return companyForms && GENERIC_COMPANY_WORDS.contains(token);
    }

    /**
     * Every name a record goes by: the whole name, and each side of a trading-as ("X t/a Y" gives X and Y).
     * Never empty for a non-blank input.
     */
    public List<NormalizedName> variants(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String text = foldCase(raw);
        Set<NormalizedName> variants = new LinkedHashSet<>();
        String[] parts = TRADING_AS.split(" " + text.replace('(', ' ').replace(')', ' ') + " ");
        variants.add(normalize(String.join(" ", parts)));
        if (parts.length > 1) {
            Arrays.stream(parts).map(this::normalize).filter(name -> !name.isEmpty()).forEach(variants::add);
        }
        variants.removeIf(NormalizedName::isEmpty);
        return variants.isEmpty() ? List.of(NormalizedName.of(List.of(text.strip()))) : List.copyOf(variants);
    }

    /** The whole name as one normalised spelling (trading-as parts joined). */
    public NormalizedName primary(String raw) {
        List<NormalizedName> all = variants(raw);
        return all.isEmpty() ? NormalizedName.of(List.of()) : all.get(0);
    }

    static String foldCase(String raw) {
        String text = raw.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : LETTERS_WITHOUT_DECOMPOSITION.entrySet()) {
            text = text.replace(letter.getKey(), letter.getValue());
        }
        return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    private NormalizedName normalize(String folded) {
        String text = folded.replace("&", " and ").replace("+", " and ").replace("p/l", " pty ltd ")
                .replace("co-op", "coop");
        text = DROPPED_INSIDE_WORDS.matcher(text).replaceAll("");
        List<String> raw = mergeSingleLetters(SEPARATORS.split(text.strip()));
        List<String> tokens = new ArrayList<>();
        for (String token : raw) {
            if (token.isEmpty()) {
                continue;
            }
            String expansion = abbreviations.getOrDefault(token, abbreviations.getOrDefault(singular(token), token));
            for (String expanded : expansion.split(" ")) {
                String stemmed = companyForms ? stem(singular(expanded)) : singular(expanded);
                if (!STOP_WORDS.contains(stemmed) && !(companyForms && LEGAL_ANYWHERE.contains(stemmed))) {
                    tokens.add(stemmed);
                }
            }
        }
        if (companyForms) {
            while (tokens.size() > 1 && LEGAL_AT_END.contains(tokens.get(tokens.size() - 1))) {
                tokens.remove(tokens.size() - 1);
            }
        }
        if (tokens.isEmpty()) {
            // "The Company Pty Ltd" is all noise words; keep them rather than lose the name.
            raw.stream().filter(token -> !token.isEmpty()).forEach(tokens::add);
        }
        return NormalizedName.of(tokens);
    }

    /** "a b c plumbing" (from "A.B.C." or "A B C") becomes "abc plumbing". */
    private static List<String> mergeSingleLetters(String[] tokens) {
        List<String> merged = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String token : tokens) {
            if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
                run.append(token);
                continue;
            }
            if (run.length() > 0) {
                merged.add(run.toString());
                run.setLength(0);
            }
            merged.add(token);
        }
        if (run.length() > 0) {
            merged.add(run.toString());
        }
        return merged;
    }

    /**
     * "Landscaping" and "Landscape", "Building" and "Build" are one word in a business name. Only "-ing": cutting
     * "-er" would break compounds such as "Clearwater".
     */
    static String stem(String token) {
        int length = token.length();
        return length >= 7 && token.endsWith("ing") ? token.substring(0, length - 3) : token;
    }

    /** Plural to singular for the common English forms, so "Services" and "Service" are one token. */
    static String singular(String token) {
        int length = token.length();
        if (length >= 5 && token.endsWith("ies")) {
            return token.substring(0, length - 3) + "y";
        }
        if (length >= 4 && token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us")
                && !token.endsWith("is") && Character.isLetter(token.charAt(length - 2))) {
            return token.substring(0, length - 1);
        }
        return token;
    }
}
