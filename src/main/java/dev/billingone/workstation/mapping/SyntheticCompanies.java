package dev.billingone.workstation.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic client lists of realistic shape for benchmarks: our clients, and external records that are the
 * same businesses as another system spells them (case, suffixes, "&"/"and", typos, word order, dropped words)
 * plus businesses we do not have. {@code truth} maps each external record to its client, if any.
 */
public record SyntheticCompanies(List<MatchRecord> clients, List<MatchRecord> externals, Map<Long, Long> truth) {
    private static final String[] PLACES = {"Harbour", "Acme", "Summit", "Blue Gum", "Wattle", "Ironbark", "Coastal",
            "Northern", "Southern Cross", "Eastwood", "Westside", "Bayview", "Riverbend", "Kookaburra", "Lighthouse",
            "Granite", "Jacaranda", "Kensington", "Evergreen", "Copperleaf", "Driftwood", "Beacon", "Pemberton",
            "Carrington", "Greenfield", "Redgum", "Silverwater", "Sandstone", "Pinnacle", "Meridian", "Horizon",
            "Banksia", "Lyrebird", "Waratah", "Magpie", "Pelican", "Seaside", "Parkside", "Hillcrest", "Oakwood",
            "Stonebridge", "Clearwater", "Goldfield", "Emerald", "Sapphire", "Opal", "Platinum", "Crystal", "Apex",
            "Atlas", "Orion", "Phoenix", "Titan", "Vertex", "Zenith", "Cobalt", "Crimson", "Indigo", "Amber", "Ivory",
            "Brunswick", "Fitzroy", "Richmond", "Carlton", "Mosman", "Manly", "Bondi", "Coogee", "Cronulla", "Penrith",
            "Parramatta", "Ryde", "Hornsby", "Epping", "Chatswood", "Balmain", "Glebe", "Newtown", "Paddington",
            "Woollahra", "Randwick", "Hurstville", "Kogarah", "Sutherland", "Campbelltown", "Liverpool", "Fairfield",
            "Blacktown", "Castle Hill", "Baulkham", "Kellyville", "Rouse Hill", "Windsor", "Richmond Vale",
            "Kurrajong", "Katoomba", "Leura", "Blackheath", "Lithgow", "Bathurst", "Orange Grove", "Dubbo", "Mudgee"};
    private static final String[] TRADES = {"Plumbing", "Dental", "Legal", "Accounting", "Electrical", "Physiotherapy",
            "Veterinary Clinic", "Medical Centre", "Architects", "Engineering", "Logistics", "Freight", "Wines",
            "Hospitality Group", "Constructions", "Landscaping", "Surveyors", "Printing", "Consulting", "Roofing",
            "Joinery", "Bakery", "Cafe", "Childcare", "Pharmacy", "Optometrists", "Real Estate", "Property Management",
            "Financial Planning", "Insurance Brokers", "Travel", "Motors", "Marine", "Tiling", "Painting", "Glass",
            "Pest Control", "Security", "Cleaning Services", "Catering", "Fitness", "Dance Studio", "Music School",
            "Podiatry", "Chiropractic", "Psychology", "Audiology", "Orthodontics", "Solar", "Air Conditioning",
            "Removals", "Storage", "Signs", "Florist", "Jewellers", "Cabinet Makers", "Auto Electrics", "Bookkeeping",
            "IT Services", "Recruitment"};
    private static final String[] SUFFIXES = {"Pty Ltd", "Pty. Ltd.", "Ltd", "", "", "Group", "& Co.", "Inc.",
            "Partners", "Pty Limited"};

    public static SyntheticCompanies generate(long seed, int clientCount, int externalCount) {
        Random random = new Random(seed);
        List<String> names = uniqueNames(random, clientCount + externalCount / 5 + 1);
        List<MatchRecord> clients = new ArrayList<>(clientCount);
        for (int i = 0; i < clientCount; i++) {
            String name = names.get(i);
            clients.add(new MatchRecord(i + 1, withSuffix(random, name), List.of(), null,
                    random.nextBoolean() ? domain(name) : null, null, null, null, List.of(), null));
        }
        List<MatchRecord> externals = new ArrayList<>(externalCount);
        Map<Long, Long> truth = new java.util.HashMap<>();
        int unknown = clientCount;
        for (int i = 0; i < externalCount; i++) {
            long id = 100_000L + i;
            if (random.nextInt(5) == 0 && unknown < names.size()) {
                externals.add(MatchRecord.named(id, withSuffix(random, names.get(unknown++))));
                continue;
            }
            MatchRecord client = clients.get(random.nextInt(clients.size()));
            String domain = random.nextBoolean() ? client.domain() : null;
            externals.add(new MatchRecord(id, respell(random, names.get((int) client.id() - 1)), List.of(),
                    domain == null ? null : "accounts@" + domain, null, null, null, null, List.of(), null));
            truth.put(id, client.id());
        }
        return new SyntheticCompanies(clients, externals, truth);
    }

    private static List<String> uniqueNames(Random random, int count) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            String place = PLACES[random.nextInt(PLACES.length)];
            String trade = TRADES[random.nextInt(TRADES.length)];
            String name = random.nextInt(4) == 0 ? place + " " + PLACES[random.nextInt(PLACES.length)] + " " + trade : place + " " + trade;
            names.add(name);
        }
        return new ArrayList<>(names);
    }

    private static String withSuffix(Random random, String name) {
        String suffix = SUFFIXES[random.nextInt(SUFFIXES.length)];
        return suffix.isEmpty() ? name : name + " " + suffix;
    }

    private static String domain(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".com.au";
    }

    /** The same business as another system's user typed it. */
    private static String respell(Random random, String name) {
        String spelled = switch (random.nextInt(6)) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> typo(random, name);
            case 2 -> swapFirstWords(name);
            case 3 -> "The " + name;
            case 4 -> name.replace(" ", "  ").toLowerCase(Locale.ROOT);
            default -> name;
        };
        return withSuffix(random, spelled);
    }

    private static String typo(Random random, String name) {
        int at = 1 + random.nextInt(Math.max(1, name.length() - 2));
        if (!Character.isLetter(name.charAt(at))) {
            return name;
        }
        return random.nextBoolean() ? name.substring(0, at) + name.substring(at + 1)
                : name.substring(0, at) + name.charAt(at) + name.substring(at);
    }

    private static String swapFirstWords(String name) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return name;
        }
        String first = words[0];
        words[0] = words[words.length - 1];
        words[words.length - 1] = first;
        return String.join(" ", words);
    }
}
