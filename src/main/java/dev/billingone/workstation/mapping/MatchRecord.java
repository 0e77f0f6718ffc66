package dev.billingone.workstation.mapping;

import java.util.List;
import java.util.Objects;

/**
 * What the matcher knows about one record on either side: a name (plus other names it goes by, such as a legal
 * name) and the identifying details that may back a name match up or contradict it. Products carry their SKU
 * and part numbers in {@code codes} and their manufacturer in {@code vendor}.
 */
public record MatchRecord(long id, String name, List<String> otherNames, String email, String domain,
                          String taxNumber, String address, String phone, List<String> codes, String vendor) {
    public MatchRecord {
        Objects.requireNonNull(name, "name");
        otherNames = otherNames == null ? List.of() : otherNames.stream().filter(Objects::nonNull).toList();
        codes = codes == null ? List.of() : codes.stream().filter(Objects::nonNull).toList();
    }

    public static MatchRecord named(long id, String name) {
        return new MatchRecord(id, name, List.of(), null, null, null, null, null, List.of(), null);
    }

    public static MatchRecord company(long id, String name, String otherName, String email, String domain,
                                      String taxNumber, String address, String phone) {
        return new MatchRecord(id, name, otherName == null ? List.of() : List.of(otherName), email, domain,
                taxNumber, address, phone, List.of(), null);
    }

    public static MatchRecord product(long id, String name, String vendor, List<String> codes) {
        return new MatchRecord(id, name, List.of(), null, null, null, null, null, codes, vendor);
    }
}
