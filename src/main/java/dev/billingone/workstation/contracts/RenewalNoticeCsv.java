package dev.billingone.workstation.contracts;

import com.opencsv.CSVWriter;
import dev.billingone.workstation.core.InvalidInputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The renewal-notice list as CSV for the account managers' mail-merge. Written to a temporary file beside the
 * target and moved into place, so a failed export never leaves half a file. (Kept in one class until the
 * shared CSV engine of the imports package takes list exports over.)
 */
public final class RenewalNoticeCsv {
    static final String[] HEADER = {"Client", "Contract", "End date", "Days left", "Auto-renew", "Term (months)",
            "Monthly value", "Currency", "Renewal uplift %"};

    private RenewalNoticeCsv() {
    }

    public static void write(Path file, List<RenewalCandidate> candidates) {
        Path target = file.toAbsolutePath();
        try {
            Path temp = Files.createTempFile(target.getParent(), ".renewals-", ".csv");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(out, candidates);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidInputException("Could not write the renewal notice to " + target + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
    }

    public static void write(Writer out, List<RenewalCandidate> candidates) throws IOException {
        CSVWriter csv = new CSVWriter(out);
        csv.writeNext(HEADER, false);
        for (RenewalCandidate c : candidates) {
            csv.writeNext(new String[]{c.clientName(), c.contractName(), c.endDate().toString(),
                    Long.toString(c.daysLeft()), c.autoRenew() ? "yes" : "no",
                    c.termMonths() == null ? "" : c.termMonths().toString(), c.monthlyValue().toPlainString(),
                    c.monthlyValue().currencyCode(),
                    c.renewalUpliftPct() == null ? "" : c.renewalUpliftPct().stripTrailingZeros().toPlainString()}, false);
        }
        csv.flush();
    }
}
