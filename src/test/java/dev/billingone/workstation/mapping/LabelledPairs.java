package dev.billingone.workstation.mapping;

import com.opencsv.CSVReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The hand-labelled name pairs in src/test/resources/mapping/name-pairs.csv. */
record LabelledPairs(List<Pair> pairs) {
    record Pair(int row, String left, String right, boolean match, String note) {
    }

    static LabelledPairs load(String resource) {
        try (CSVReader reader = new CSVReader(new InputStreamReader(
                Objects.requireNonNull(LabelledPairs.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            List<Pair> pairs = new ArrayList<>();
            String[] header = reader.readNext();
            if (header == null || !"left".equals(header[0])) {
                throw new IllegalStateException(resource + ": expected the header left,right,match,note");
            }
            String[] line;
            int row = 1;
            while ((line = reader.readNext()) != null) {
                row++;
                if (line.length != 4 || !(line[2].equals("yes") || line[2].equals("no"))) {
                    throw new IllegalStateException(resource + " row " + row + ": expected left,right,yes|no,note");
                }
                pairs.add(new Pair(row, line[0], line[1], line[2].equals("yes"), line[3]));
            }
            return new LabelledPairs(pairs);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
