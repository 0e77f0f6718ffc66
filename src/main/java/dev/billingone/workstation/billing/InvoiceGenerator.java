package dev.billingone.workstation.billing;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.Store;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Month-end generation as a pure function (after Kill Bill): load the period's inputs in a few queries, propose
 * each client's lines, compare with what is stored and write only the difference. Clients are written in chunks,
 * one transaction each: a crash or a cancel loses at most the chunk in flight, and the unique (client, period)
 * key plus the comparison make a rerun finish the job without a second invoice. The dry run is the same code
 * without the write.
 */
public final class InvoiceGenerator {
    static final int CHUNK = 250;

    private final Store store;

    public InvoiceGenerator(Store store) {
        this.store = store;
    }

    public GenerationResult generate(GenerationRequest request, GenerationListener listener) {
        long started = System.nanoTime();
        Period period = request.period();
        BillingInputs inputs = store.read(session -> BillingInputs.load(session, period, request.clientIds()));
        List<Client> clients = new ArrayList<>(inputs.clients());
        Tally tally = new Tally();
        boolean cancelled = false;
        listener.progress(0, clients.size());
        for (int from = 0; from < clients.size(); from += CHUNK) {
            if (listener.cancelled()) {
                cancelled = true;
                break;
            }
            List<Client> chunk = clients.subList(from, Math.min(clients.size(), from + CHUNK));
            List<ClientReview> reviews = request.dryRun()
                    ? store.read(session -> chunk(session, inputs, chunk, true))
                    : store.inTransaction(session -> chunk(session, inputs, chunk, false));
            reviews.forEach(tally::add);
            listener.progress(from + chunk.size(), clients.size());
        }
        return new GenerationResult(period, request.dryRun(), cancelled, clients.size(), tally.count(GenerationOutcome.CREATED),
                tally.count(GenerationOutcome.UPDATED), tally.count(GenerationOutcome.UNCHANGED),
                tally.count(GenerationOutcome.ADJUSTED), tally.lines, tally.totals, tally.reviews,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static List<ClientReview> chunk(org.hibernate.Session session, BillingInputs inputs, List<Client> chunk, boolean dry) {
        List<Long> ids = chunk.stream().map(Client::getId).toList();
        Map<Long, ClientInvoices> existing = ClientInvoices.load(session, inputs.period.toString(), ids, false);
        Map<Long, ClientInvoices> previous = dry
                ? ClientInvoices.load(session, inputs.period.previous().toString(), ids, true)
                : Map.of();
        List<ClientReview> reviews = new ArrayList<>(chunk.size());
        for (Client client : chunk) {
            Proposal proposal = InvoiceProposer.propose(inputs, client);
            if (proposal instanceof Proposal.Parked parked) {
                reviews.add(new ClientReview(client.getId(), client.getName(), GenerationOutcome.PARKED, client.getCurrency(),
                        BigDecimal.ZERO, 0, null, List.of(), parked.reason()));
                continue;
            }
            ClientInvoices stored = existing.getOrDefault(client.getId(), new ClientInvoices());
            ClientGeneration step = ClientGeneration.decide(client, inputs.period, stored,
                    ((Proposal.Lines) proposal).lines(), inputs.organization);
            if (!dry) {
                step.apply(session, inputs.organization);
            }
            reviews.add(MonthOverMonth.review(step, dry, previous.get(client.getId())));
        }
        return reviews;
    }

    private static final class Tally {
        final Map<GenerationOutcome, Integer> counts = new java.util.EnumMap<>(GenerationOutcome.class);
        final Map<String, BigDecimal> totals = new TreeMap<>();
        final List<ClientReview> reviews = new ArrayList<>();
        int lines;

        void add(ClientReview review) {
            reviews.add(review);
            counts.merge(review.outcome(), 1, Integer::sum);
            if (review.outcome() != GenerationOutcome.PARKED && review.outcome() != GenerationOutcome.NOTHING_TO_BILL) {
                totals.merge(review.currency(), review.total(), BigDecimal::add);
                lines += review.lineCount();
            }
        }

        int count(GenerationOutcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }
    }
}
