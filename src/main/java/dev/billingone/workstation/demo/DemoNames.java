package dev.billingone.workstation.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Client names the way they look in real ledgers — legal suffixes, ampersands, accents, "The" — and the
 * slightly different spellings other systems hold for the same company (what the mapping workbench must see through).
 */
final class DemoNames {
    private static final String[] FIRST = {"Acme", "Harbour", "Blue Gum", "Kookaburra", "Summit", "Coastal", "Ironbark",
        "Southern Cross", "Red Centre", "Wattle", "Bondi", "Riverside", "Northside", "Parkview", "Eastwood", "Greenfield",
        "Silver Oak", "Granite", "Lighthouse", "Pinnacle", "Meridian", "Sandstone", "Tasman", "Coral Sea", "Outback",
        "Banksia", "Jacaranda", "Kingfisher", "Mallee", "Opal", "Zoë Müller", "Sørensen", "Brightwater", "Highgate",
        "Westbury", "Carrington", "Fairfax", "Hawthorn", "Kensington", "Marlborough", "Pemberton", "Rosewood", "Stirling",
        "Waverley", "Yarra", "Clearwater", "Beacon", "Copperleaf", "Driftwood", "Evergreen"};
    private static final String[] SECOND = {"Legal", "Dental", "Logistics", "Accounting", "Engineering", "Medical Centre",
        "Architects", "Plumbing", "Electrical", "Veterinary Clinic", "Real Estate", "Physiotherapy", "Constructions",
        "Financial Planning", "Freight", "Hospitality Group", "Imports", "Landscaping", "Manufacturing", "Optometrists",
        "Pharmacy", "Printing", "Recruitment", "Surveyors", "Travel", "Wines", "Childcare", "Consulting", "Motors", "Bakery"};
    private static final String[] SUFFIX = {"Pty Ltd", "Pty Ltd", "Pty Ltd", "Pty. Ltd.", "LLC", "Inc.", "& Co.", "& Son",
        "Ltd", "Group", "Partners", "", "Holdings Pty Ltd"};

    private DemoNames() {
    }

    static List<String> clients(Random random, int count) {
        Set<String> names = new LinkedHashSet<>();
        int attempts = 0;
        while (names.size() < count) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String second = SECOND[random.nextInt(SECOND.length)];
            String suffix = SUFFIX[random.nextInt(SUFFIX.length)];
            String name = (random.nextInt(25) == 0 ? "The " : "") + first + " " + second + (suffix.isEmpty() ? "" : " " + suffix);
            if (attempts++ > count * 20) {
                name = name + " " + (names.size() + 1);
            }
            names.add(name);
        }
        return new ArrayList<>(names);
    }

    /** The same company as another system spells it: suffix dropped, "&" spelled out, case changed, trading name. */
    static String variant(Random random, String name) {
        String stripped = name.replaceAll("(?i)\\s+(pty\\.? ltd\\.?|llc|inc\\.|ltd|& co\\.|group|partners|holdings pty ltd)$", "");
        return switch (random.nextInt(5)) {
            case 0 -> stripped;
            case 1 -> stripped.toUpperCase(Locale.ROOT);
            case 2 -> name.replace("&", "and");
            case 3 -> stripped.replaceFirst("^The ", "") + " Pty Limited";
            default -> stripped + " (T/A " + stripped.split(" ")[0] + ")";
        };
    }

    static String domain(String name) {
        String base = name.toLowerCase(Locale.ROOT)
                .replaceAll("(?i)\\b(pty|ltd|llc|inc|co|the|group|partners|holdings|son)\\b", "")
                .replace("ë", "e").replace("ü", "u").replace("ø", "o")
                .replaceAll("[^a-z0-9]", "");
        return base + ".com.au";
    }
}
