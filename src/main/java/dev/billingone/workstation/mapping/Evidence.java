package dev.billingone.workstation.mapping;

import java.util.List;
import java.util.Objects;

/**
 * Identifying details beside the name. Each agreeing detail closes part of the gap between the name score and
 * certainty (independent evidence: 1 - (1 - name) * (1 - strength)); a contradicting one scales the score down.
 */
final class Evidence {
    private static final double SAME_TAX_NUMBER = 0.9;
    private static final double SAME_CODE = 0.9;
    private static final double SAME_EMAIL = 0.75;
    private static final double SAME_DOMAIN = 0.6;
    private static final double SAME_PHONE = 0.45;
    private static final double SAME_ADDRESS = 0.45;
    private static final double DIFFERENT_TAX_NUMBER = 0.6;
    private static final double DIFFERENT_VENDOR = 0.7;
    private static final double DIFFERENT_DOMAIN = 0.92;
    private static final double ADDRESS_OVERLAP = 0.8;

    private Evidence() {
    }

    static double apply(PreparedRecord a, PreparedRecord b, double name, List<String> reasons) {
        double doubt = 1 - name;
        double penalty = 1;
        if (a.taxNumber != null && b.taxNumber != null) {
            if (a.taxNumber.equals(b.taxNumber)) {
                doubt *= 1 - SAME_TAX_NUMBER;
                note(reasons, "same tax number / ABN");
            } else {
                penalty *= DIFFERENT_TAX_NUMBER;
                note(reasons, "tax numbers differ");
            }
        }
        if (a.email != null && a.email.equals(b.email)) {
            doubt *= 1 - SAME_EMAIL;
            note(reasons, "same e-mail " + a.email);
        } else if (!a.domains.isEmpty() && !b.domains.isEmpty()) {
            String shared = a.domains.stream().filter(b.domains::contains).findFirst().orElse(null);
            if (shared != null) {
                doubt *= 1 - SAME_DOMAIN;
                note(reasons, "same domain " + shared);
            } else {
                penalty *= DIFFERENT_DOMAIN;
                note(reasons, "different domains");
            }
        }
        if (a.phone != null && a.phone.equals(b.phone)) {
            doubt *= 1 - SAME_PHONE;
            note(reasons, "same phone");
        }
        if (sameAddress(a, b)) {
            doubt *= 1 - SAME_ADDRESS;
            note(reasons, "same address");
        }
        String code = a.codes.stream().filter(b.codes::contains).findFirst().orElse(null);
        if (code != null) {
            doubt *= 1 - SAME_CODE;
            note(reasons, "same SKU / part number " + code);
        }
        if (a.vendor != null && b.vendor != null && !a.vendor.contains(b.vendor) && !b.vendor.contains(a.vendor)) {
            penalty *= DIFFERENT_VENDOR;
            note(reasons, "different vendor");
        }
        return (1 - doubt) * penalty;
    }

    private static boolean sameAddress(PreparedRecord a, PreparedRecord b) {
        if (a.addressTokens.isEmpty() || b.addressTokens.isEmpty()) {
            return false;
        }
        long shared = a.addressTokens.stream().filter(b.addressTokens::contains).count();
        return (double) shared / Math.max(a.addressTokens.size(), b.addressTokens.size()) >= ADDRESS_OVERLAP;
    }

    private static void note(List<String> reasons, String reason) {
        if (reasons != null) {
            reasons.add(Objects.requireNonNull(reason));
        }
    }
}
