package dev.billingone.workstation.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Matching quality on a labelled set of real-world-shaped name pairs, true and false, including the hard cases
 * (suffixes, accents, trading-as, abbreviations, word order, typos, and near misses such as "Acme Dental" vs
 * "Acme Legal"). Every right-hand name becomes a client; each left-hand name is the external record.
 */
class NameMatchingQualityTest {
    private static final double PRECISION_TARGET = 0.98;
    private static final double TOP3_RECALL_TARGET = 0.9;

    private static LabelledPairs labelled;
    private static MatchIndex clients;
    private static Map<String, Long> clientIds;

    @BeforeAll
    static void buildClients() {
        labelled = LabelledPairs.load("/mapping/name-pairs.csv");
        clientIds = new LinkedHashMap<>();
        labelled.pairs().forEach(pair -> clientIds.putIfAbsent(pair.right(), (long) clientIds.size() + 1));
        List<MatchRecord> records = new ArrayList<>();
        clientIds.forEach((name, id) -> records.add(MatchRecord.named(id, name)));
        clients = MatchIndex.build(MatchKind.CLIENTS, records);
    }

    @Test
    void theSetIsLargeAndBalancedEnoughToMeanSomething() {
        assertThat(labelled.pairs()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(labelled.pairs().stream().filter(LabelledPairs.Pair::match).count()).isGreaterThan(120);
        assertThat(labelled.pairs().stream().filter(pair -> !pair.match()).count()).isGreaterThan(120);
    }

    @Test
    void precisionAtTheDefaultAutoAcceptThreshold() {
        double threshold = MappingService.DEFAULT_AUTO_ACCEPT_SCORE;
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> wrong = new ArrayList<>();
        for (LabelledPairs.Pair pair : labelled.pairs()) {
            ScoredCandidate scored = clients.score(MatchRecord.named(0, pair.left()), clientIds.get(pair.right()));
            boolean accepted = scored.score() >= threshold;
            if (accepted && pair.match()) {
                truePositives++;
            } else if (accepted) {
                falsePositives++;
                wrong.add(String.format("  FALSE MATCH %.3f  row %d  %s  <->  %s  %s", scored.score(), pair.row(), pair.left(), pair.right(), scored.reasons()));
            } else if (pair.match()) {
                falseNegatives++;
                wrong.add(String.format("  below       %.3f  row %d  %s  <->  %s  (%s)", scored.score(), pair.row(), pair.left(), pair.right(), pair.note()));
            }
        }
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
        System.out.printf("Name matching at auto-accept >= %.2f: precision %.3f (%d of %d accepted are right), "
                + "recall %.3f (%d of %d true pairs accepted)%n", threshold, precision, truePositives,
                truePositives + falsePositives, recall, truePositives, truePositives + falseNegatives);
        wrong.forEach(System.out::println);
        assertThat(precision).as("precision at the default auto-accept threshold").isGreaterThanOrEqualTo(PRECISION_TARGET);
    }

    @Test
    void theTrueClientIsAmongTheTopThreeSuggestions() {
        int found = 0;
        int total = 0;
        List<String> missed = new ArrayList<>();
        for (LabelledPairs.Pair pair : labelled.pairs()) {
            if (!pair.match()) {
                continue;
            }
            total++;
            List<ScoredCandidate> top3 = clients.best(MatchRecord.named(0, pair.left()), 3, id -> false);
            if (top3.stream().anyMatch(candidate -> candidate.id() == clientIds.get(pair.right()))) {
                found++;
            } else {
                missed.add("  not in top 3: row " + pair.row() + "  " + pair.left() + "  ->  " + pair.right() + "  got "
                        + top3.stream().map(c -> c.name() + String.format(" %.2f", c.score())).toList());
            }
        }
        double recall = found / (double) total;
        System.out.printf("Suggestion recall in the top 3: %.3f (%d of %d true pairs)%n", recall, found, total);
        missed.forEach(System.out::println);
        assertThat(recall).as("recall in the top 3 suggestions").isGreaterThanOrEqualTo(TOP3_RECALL_TARGET);
    }
}
