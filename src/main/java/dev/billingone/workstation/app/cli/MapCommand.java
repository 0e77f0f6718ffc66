package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.core.UsageException;
import dev.billingone.workstation.mapping.AcceptPreview;
import dev.billingone.workstation.mapping.ExternalRecord;
import dev.billingone.workstation.mapping.Link;
import dev.billingone.workstation.mapping.MappingService;
import dev.billingone.workstation.mapping.MatchKind;
import dev.billingone.workstation.mapping.ScoredCandidate;
import dev.billingone.workstation.mapping.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code map suggest|accept|undo}: the mapping workbench, headless. For {@code --kind products} the JSON keeps the
 * same shape, with the catalog product's id and name in {@code clientId}/{@code clientName} (docs/cli.md).
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Link external records (Pax8 companies, Xero contacts, QBO customers, Pax8 products) to clients and products.",
        subcommands = {MapCommand.Suggest.class, MapCommand.Accept.class, MapCommand.Undo.class})
public final class MapCommand {
    private final CliContext context;

    public MapCommand(CliContext context) {
        this.context = context;
    }

    private MappingService service() {
        return new MappingService(context.workstation().store());
    }

    /** Options both suggest and accept take. */
    static class KindAndScore {
        @Option(names = "--kind", paramLabel = "clients|products", defaultValue = "clients",
                description = "What to map (default ${DEFAULT-VALUE}).")
        String kind;

        MatchKind kind() {
            return MatchKind.parse(kind);
        }

        static double checked(double score) {
            if (score < 0 || score > 1) {
                throw new UsageException("--min-score must be between 0 and 1 (a score is a fraction, e.g. 0.9); got " + score + ".");
            }
            return score;
        }
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Best candidates for every unmapped external record, with score (0..1) and reasons.")
    static final class Suggest extends KindAndScore implements Callable<Integer> {
        @ParentCommand
        MapCommand parent;

        @Option(names = "--min-score", paramLabel = "X", defaultValue = "0.5",
                description = "Leave out candidates scoring below X (default ${DEFAULT-VALUE}).")
        double minScore;

        @Option(names = "--candidates", paramLabel = "N", defaultValue = "3",
                description = "Candidates per record (default ${DEFAULT-VALUE}).")
        int candidates;

        @Override
        public Integer call() {
            if (candidates < 1) {
                throw new UsageException("--candidates must be at least 1; got " + candidates + ".");
            }
            MatchKind kind = kind();
            double threshold = checked(minScore);
            List<Suggestion> suggestions = parent.service().suggest(kind, threshold, candidates, false);
            List<Map<String, Object>> json = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            for (Suggestion suggestion : suggestions) {
                ExternalRecord record = suggestion.record();
                Map<String, Object> entry = recordJson(record);
                entry.put("externalName", record.name());
                List<Map<String, Object>> candidateJson = new ArrayList<>();
                human.append(record.system().displayName()).append(' ').append(record.externalId()).append("  ")
                        .append(record.name()).append('\n');
                for (ScoredCandidate candidate : suggestion.candidates()) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("clientId", candidate.id());
                    c.put("clientName", candidate.name());
                    c.put("score", rounded(candidate.score()));
                    c.put("reasons", candidate.reasons());
                    candidateJson.add(c);
                    human.append(String.format(Locale.ROOT, "    %.2f  %s (id %d): %s%n", candidate.score(), candidate.name(),
                            candidate.id(), String.join(", ", candidate.reasons())));
                }
                entry.put("candidates", candidateJson);
                json.add(entry);
            }
            human.append(suggestions.size()).append(" unmapped record(s) with candidates at or above ").append(minScore).append('.');
            parent.context.result(Map.of("kind", kind.name().toLowerCase(Locale.ROOT), "suggestions", json), human.toString());
            return 0;
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Link every unmapped record whose best candidate scores at least X and is clear-cut; "
                    + "ambiguous ones are held for a person. One 'map undo' reverses the whole run.")
    static final class Accept extends KindAndScore implements Callable<Integer> {
        @ParentCommand
        MapCommand parent;

        @Option(names = "--min-score", paramLabel = "X", description = "Accept at or above X (default: the auto-accept score, "
                + MappingService.DEFAULT_AUTO_ACCEPT_SCORE + ").")
        Double minScore;

        @Option(names = "--dry-run", description = "Only show what would be linked.")
        boolean dryRun;

        @Override
        public Integer call() {
            MatchKind kind = kind();
            double threshold = checked(minScore == null ? MappingService.DEFAULT_AUTO_ACCEPT_SCORE : minScore);
            if (threshold == 0) {
                throw new UsageException("--min-score 0 would link every record to something; choose a score above 0.");
            }
            MappingService service = parent.service();
            AcceptPreview preview = service.previewAcceptAll(kind, threshold);
            List<Link> links = dryRun ? preview.links() : service.acceptAll(kind, threshold);
            List<Map<String, Object>> accepted = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            for (Link link : links) {
                Map<String, Object> entry = recordJson(link.record());
                entry.put("clientId", link.targetId());
                entry.put("clientName", link.targetName());
                entry.put("score", rounded(link.score()));
                accepted.add(entry);
                human.append(String.format(Locale.ROOT, "%s %s  %s  ->  %s (%.2f)%n", link.record().system().displayName(),
                        link.record().externalId(), link.record().name(), link.targetName(), link.score()));
            }
            List<Map<String, Object>> held = new ArrayList<>();
            for (AcceptPreview.Held record : preview.held()) {
                Map<String, Object> entry = recordJson(record.record());
                entry.put("externalName", record.record().name());
                entry.put("reason", record.reason());
                held.add(entry);
            }
            human.append(dryRun ? "Would link " : "Linked ").append(links.size()).append(" record(s); held back ")
                    .append(held.size()).append(" for review.");
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", kind.name().toLowerCase(Locale.ROOT));
            json.put("dryRun", dryRun);
            json.put("accepted", accepted);
            json.put("held", held);
            parent.context.result(json, human.toString());
            return 0;
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Undo the last mapping action (an accept, a whole bulk accept, a reject or a create).")
    static final class Undo implements Callable<Integer> {
        @ParentCommand
        MapCommand parent;

        @Override
        public Integer call() {
            var undone = parent.service().undoLast();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("undone", undone.map(action -> Map.of("kind", action.kind().name().toLowerCase(Locale.ROOT),
                    "action", action.action().name().toLowerCase(Locale.ROOT), "records", action.records())).orElse(null));
            parent.context.result(json, undone.map(action -> "Undid " + action.action().name().toLowerCase(Locale.ROOT)
                    + " of " + action.records() + " record(s).").orElse("Nothing to undo."));
            return 0;
        }
    }

    private static Map<String, Object> recordJson(ExternalRecord record) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("system", record.system().name());
        entry.put("externalId", record.externalId());
        return entry;
    }

    private static double rounded(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
