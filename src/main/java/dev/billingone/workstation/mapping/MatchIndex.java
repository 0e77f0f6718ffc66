package dev.billingone.workstation.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.LongPredicate;

/**
 * Our clients (or products) indexed for matching: a blocking index from keys (words, word prefixes, the start of
 * the squashed name, acronyms, domains, tax numbers, phones, SKUs) to the records that have them. A query is
 * scored only against records sharing a key with it, not against everyone; keys shared by too many records
 * ("plumbing") are skipped because they cannot lift a candidate on their own. Word weights (rarer = heavier)
 * come from the same records. Immutable once built, so queries may run from several threads.
 */
public final class MatchIndex {
    private static final int MIN_POSTING_CAP = 100;
    private static final int PREFIX = 4;
    private static final int COMPACT_PREFIX = 6;
    private static final int LONGEST_ACRONYM = 5;
    private static final double GENERIC_WORD_SHARE = 0.3;
    /** Candidates scored in full per query, chosen by what their shared keys are worth. */
    private static final int SCORED_PER_QUERY = 64;
    private static final double PREFIX_SHARE = 0.5;
    private static final double ACRONYM_WORTH = 1.0;
    private static final double COMPACT_WORTH = 3.0;
    private static final double IDENTIFIER_WORTH = 100.0;

    private final NameNormalizer normalizer;
    private final PreparedRecord[] candidates;
    private final Map<Long, Integer> positionById = new HashMap<>();
    private final Map<String, Integer> documentFrequency;
    private final Map<String, int[]> postings;
    private final int postingCap;

    private MatchIndex(NameNormalizer normalizer, List<MatchRecord> records) {
        this.normalizer = normalizer;
        this.documentFrequency = new HashMap<>();
        for (MatchRecord record : records) {
            for (String token : PreparedRecord.prepare(record, normalizer, token -> 1).tokens()) {
                documentFrequency.merge(token, 1, Integer::sum);
            }
        }
        this.candidates = new PreparedRecord[records.size()];
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            candidates[i] = prepare(records.get(i));
            positionById.put(records.get(i).id(), i);
            for (String key : keys(candidates[i], false).keySet()) {
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        this.postings = new HashMap<>(lists.size() * 2);
        lists.forEach((key, list) -> postings.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        this.postingCap = Math.max(MIN_POSTING_CAP, records.size() / 20);
    }

    public static MatchIndex build(MatchKind kind, Collection<MatchRecord> candidates) {
        return new MatchIndex(kind.normalizer(), List.copyOf(candidates));
    }

    public int size() {
        return candidates.length;
    }

    /** Rare words weigh more: a shared "Acme" says more than a shared "Services". */
    double weight(String token) {
        int frequency = documentFrequency.getOrDefault(token, 0);
        double rarity = Math.log(1.0 + (candidates.length + 1.0) / (frequency + 1.0));
        return normalizer.isGeneric(token) ? GENERIC_WORD_SHARE * rarity : rarity;
    }

    private PreparedRecord prepare(MatchRecord record) {
        return PreparedRecord.prepare(record, normalizer, this::weight);
    }

    /** The best {@code limit} candidates for {@code query}, best first, skipping those {@code excluded} says. */
    public List<ScoredCandidate> best(MatchRecord query, int limit, LongPredicate excluded) {
        PreparedRecord prepared = prepare(query);
        return top(prepared, blockedCandidates(prepared), limit, excluded);
    }

    /** The same answer by scoring every candidate: the baseline the index is measured against. */
    public List<ScoredCandidate> bestAllPairs(MatchRecord query, int limit, LongPredicate excluded) {
        int[] everyone = new int[candidates.length];
        for (int i = 0; i < everyone.length; i++) {
            everyone[i] = i;
        }
        return top(prepare(query), everyone, limit, excluded);
    }

    /** How {@code query} scores against one particular candidate, with reasons; null if it is not indexed. */
    public ScoredCandidate score(MatchRecord query, long candidateId) {
        Integer position = positionById.get(candidateId);
        if (position == null) {
            return null;
        }
        PreparedRecord candidate = candidates[position];
        List<String> reasons = new ArrayList<>();
        double score = MatchScorer.score(prepare(query), candidate, reasons);
        return new ScoredCandidate(candidateId, candidate.record.name(), score, reasons);
    }

    private List<ScoredCandidate> top(PreparedRecord query, int[] positions, int limit, LongPredicate excluded) {
        PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble(entry -> entry[0]));
        for (int position : positions) {
            if (excluded.test(candidates[position].record.id())) {
                continue;
            }
            double score = MatchScorer.score(query, candidates[position], null);
            if (score > 0 && (best.size() < limit || score > best.peek()[0])) {
                best.add(new double[] {score, position});
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<ScoredCandidate> result = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            double[] entry = best.poll();
            PreparedRecord candidate = candidates[(int) entry[1]];
            result.add(0, new ScoredCandidate(candidate.record.id(), candidate.record.name(), entry[0],
                    MatchScorer.reasons(query, candidate)));
        }
        return result;
    }

    /**
     * Candidates sharing a key with the query, ranked by how much the shared keys are worth (the weight of a
     * shared word, less for a shared prefix, a lot for a shared domain, tax number or SKU); only the best
     * {@link #SCORED_PER_QUERY} are scored in full.
     */
    private int[] blockedCandidates(PreparedRecord query) {
        double[] worth = new double[candidates.length];
        List<int[]> tooCommon = new ArrayList<>();
        int[] touched = new int[candidates.length];
        int count = 0;
        for (Map.Entry<String, Double> key : keys(query, true).entrySet()) {
            int[] posting = postings.get(key.getKey());
            if (posting == null) {
                continue;
            }
            if (posting.length > postingCap) {
                tooCommon.add(posting);
                continue;
            }
            count = accumulate(posting, key.getValue(), worth, touched, count);
        }
        if (count == 0) {
            // Only common words in this name ("Plumbing Services"): then those are all there is to go on.
            for (int[] posting : tooCommon) {
                count = accumulate(posting, 1.0, worth, touched, count);
            }
        }
        if (count <= SCORED_PER_QUERY) {
            return java.util.Arrays.copyOf(touched, count);
        }
        return java.util.Arrays.stream(touched, 0, count).boxed()
                .sorted((a, b) -> Double.compare(worth[b], worth[a]))
                .limit(SCORED_PER_QUERY).mapToInt(Integer::intValue).toArray();
    }

    private static int accumulate(int[] posting, double weight, double[] worth, int[] touched, int count) {
        for (int position : posting) {
            if (worth[position] == 0) {
                touched[count++] = position;
            }
            worth[position] += weight;
        }
        return count;
    }

    private static String withoutDoubledLetters(String token) {
        StringBuilder single = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            if (i == 0 || token.charAt(i) != token.charAt(i - 1)) {
                single.append(token.charAt(i));
            }
        }
        return single.toString();
    }

    /**
     * Blocking keys with what sharing each is worth. A query also looks its short words up as acronyms of
     * candidates' word runs, and its own word runs' initials up as candidates' words, so "IBM" and
     * "International Business Machines" meet.
     */
    private Map<String, Double> keys(PreparedRecord record, boolean asQuery) {
        Map<String, Double> keys = new LinkedHashMap<>();
        for (PreparedRecord.Variant variant : record.variants) {
            String[] tokens = variant.tokens();
            for (int i = 0; i < tokens.length; i++) {
                String token = tokens[i];
                keys.merge("t:" + token, variant.weights()[i], Math::max);
                // Doubled letters collapsed, so that "Hoffmann" and "Hofmann" share a prefix key.
                String single = withoutDoubledLetters(token);
                if (single.length() >= PREFIX) {
                    keys.merge("p:" + single.substring(0, PREFIX), PREFIX_SHARE * variant.weights()[i], Math::max);
                }
                if (asQuery && token.length() >= 2 && token.length() <= LONGEST_ACRONYM) {
                    keys.put("a:" + token, ACRONYM_WORTH);
                }
            }
            String compact = variant.compact();
            keys.put("c:" + compact.substring(0, Math.min(COMPACT_PREFIX, compact.length())), COMPACT_WORTH);
            for (int start = 0; start < tokens.length; start++) {
                StringBuilder initials = new StringBuilder();
                for (int end = start; end < tokens.length && end - start < LONGEST_ACRONYM; end++) {
                    initials.append(tokens[end].charAt(0));
                    if (end > start) {
                        keys.putIfAbsent((asQuery ? "t:" : "a:") + initials, ACRONYM_WORTH);
                    }
                }
            }
        }
        record.domains.forEach(domain -> keys.put("d:" + domain, IDENTIFIER_WORTH));
        if (record.taxNumber != null) {
            keys.put("x:" + record.taxNumber, IDENTIFIER_WORTH);
        }
        if (record.phone != null) {
            keys.put("f:" + record.phone, IDENTIFIER_WORTH);
        }
        record.codes.forEach(code -> keys.put("k:" + code, IDENTIFIER_WORTH));
        return keys;
    }
}
