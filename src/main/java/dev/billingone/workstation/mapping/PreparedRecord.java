package dev.billingone.workstation.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * A {@link MatchRecord} made ready for comparing many times: names normalised into weighted tokens, details
 * reduced to the form in which equal means the same (digits of a tax number, the domain of an e-mail…).
 */
final class PreparedRecord {
    /** Mailbox providers: two addresses at gmail.com say nothing about being the same business. */
    private static final Set<String> SHARED_MAIL_DOMAINS = Set.of("gmail.com", "googlemail.com", "outlook.com",
            "hotmail.com", "live.com", "msn.com", "yahoo.com", "yahoo.com.au", "icloud.com", "me.com", "aol.com",
            "bigpond.com", "bigpond.net.au", "optusnet.com.au", "iinet.net.au", "tpg.com.au", "xtra.co.nz",
            "protonmail.com", "proton.me", "gmx.de", "web.de", "hotmail.co.uk", "btinternet.com");

    private static final Pattern URL_DECORATION = Pattern.compile("^(?:[a-z]+://)?(?:www\\.)?|/.*$");
    private static final Pattern NOT_DIGITS = Pattern.compile("\\D");
    private static final Pattern NOT_CODE = Pattern.compile("[^A-Z0-9]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{Alnum}]+");

    final MatchRecord record;
    final List<Variant> variants;
    final Set<String> domains;
    final String email;
    final String taxNumber;
    final String phone;
    final Set<String> addressTokens;
    final Set<String> codes;
    final String vendor;

    /** One name the record goes by, with each token's weight (rare words tell more than "Plumbing"). */
    record Variant(String[] tokens, double[] weights, double totalWeight, String compact, int[] sortedBigrams) {
    }

    private PreparedRecord(MatchRecord record, List<Variant> variants) {
        this.record = record;
        this.variants = variants;
        this.domains = domains(record);
        this.email = blankToNull(record.email() == null ? null : record.email().trim().toLowerCase(Locale.ROOT));
        this.taxNumber = digits(record.taxNumber(), 6, Integer.MAX_VALUE);
        this.phone = digits(record.phone(), 8, 8);
        this.addressTokens = addressTokens(record.address());
        this.codes = codes(record.codes());
        this.vendor = record.vendor() == null || record.vendor().isBlank() ? null
                : String.join(" ", MatchKind.CLIENTS.normalizer().primary(record.vendor()).tokens());
    }

    static PreparedRecord prepare(MatchRecord record, NameNormalizer normalizer, ToDoubleFunction<String> weight) {
        List<NormalizedName> names = new ArrayList<>(normalizer.variants(record.name()));
        for (String other : record.otherNames()) {
            normalizer.variants(other).stream().filter(name -> !names.contains(name)).forEach(names::add);
        }
        List<Variant> variants = new ArrayList<>(names.size());
        for (NormalizedName name : names) {
            String[] tokens = name.tokens().toArray(String[]::new);
            double[] weights = new double[tokens.length];
            double total = 0;
            for (int i = 0; i < tokens.length; i++) {
                weights[i] = weight.applyAsDouble(tokens[i]);
                total += weights[i];
            }
            String[] sorted = tokens.clone();
            java.util.Arrays.sort(sorted);
            variants.add(new Variant(tokens, weights, total, name.compact(),
                    TextSimilarity.bigrams(String.join("", sorted))));
        }
        return new PreparedRecord(record, variants);
    }

    /** Every distinct token of every name, for the index and its word statistics. */
    Set<String> tokens() {
        Set<String> all = new HashSet<>();
        for (Variant variant : variants) {
            all.addAll(List.of(variant.tokens()));
        }
        return all;
    }

    private static Set<String> domains(MatchRecord record) {
        Set<String> domains = new HashSet<>();
        addDomain(domains, record.domain());
        if (record.email() != null && record.email().contains("@")) {
            addDomain(domains, record.email().substring(record.email().lastIndexOf('@') + 1));
        }
        return domains;
    }

    private static void addDomain(Set<String> domains, String raw) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String domain = URL_DECORATION.matcher(raw.trim().toLowerCase(Locale.ROOT)).replaceAll("");
        if (!domain.isEmpty() && !SHARED_MAIL_DOMAINS.contains(domain)) {
            domains.add(domain);
        }
    }

    /** Digits only, kept when at least {@code min} long; the last {@code keep} (phones differ in prefixes). */
    private static String digits(String raw, int min, int keep) {
        if (raw == null) {
            return null;
        }
        String digits = NOT_DIGITS.matcher(raw).replaceAll("");
        if (digits.length() < min) {
            return null;
        }
        return digits.length() > keep ? digits.substring(digits.length() - keep) : digits;
    }

    private static Set<String> addressTokens(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        Set<String> tokens = new HashSet<>();
        for (String token : NOT_ALPHANUMERIC.split(NameNormalizer.foldCase(raw))) {
            if (!token.isEmpty()) {
                tokens.add(AddressWords.shortForm(token));
            }
        }
        return tokens;
    }

    private static Set<String> codes(List<String> raw) {
        Set<String> codes = new HashSet<>();
        for (String code : raw) {
            String compact = NOT_CODE.matcher(code.toUpperCase(Locale.ROOT)).replaceAll("");
            if (compact.length() >= 3) {
                codes.add(compact);
            }
        }
        return codes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
