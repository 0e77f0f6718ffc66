package dev.billingone.workstation.sync.connectors.pax8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.Snapshots;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.subscriptions.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.hibernate.Session;

/** Pax8 subscriptions (what was sold: quantity, price, partner cost, term, commitment, status) → subscriptions. */
final class Pax8Subscriptions extends Pax8PagedResource {
    Pax8Subscriptions(RemoteApi api, HttpUrl baseUrl) {
        super(api, baseUrl);
    }

    @Override
    public String name() {
        return "subscriptions";
    }

    @Override
    String path() {
        return "subscriptions";
    }

    private record Parsed(String id, String companyId, String productId, BigDecimal quantity, BigDecimal price,
                          BigDecimal partnerCost, String currency, BillingTerm term, String commitment,
                          SubscriptionStatus status, LocalDate start, LocalDate end, Instant updated) {
        static Parsed of(JsonNode s) {
            BigDecimal quantity = Json.decimal(s, "quantity");
            if (quantity == null) {
                throw new IllegalArgumentException("field quantity is missing");
            }
            String commitment = s.path("commitmentTerm").path("term").asText(null);
            return new Parsed(Json.required(s, "id"), Json.required(s, "companyId"), Json.required(s, "productId"), quantity,
                    Json.decimal(s, "price"), Json.decimal(s, "partnerCost"), Json.currency(s, "currencyCode"),
                    billingTerm(Json.required(s, "billingTerm")), commitment,
                    SubscriptionStatus.valueOf(Json.required(s, "status")), Pax8Dates.date(Json.text(s, "startDate")),
                    Pax8Dates.date(Json.text(s, "endDate")), Pax8Dates.instant(Json.text(s, "updatedDate")));
        }
    }

    /**
     * Pax8's terms onto ours. Multi-year terms are billed by the year, so they are Annual with the commitment
     * recorded separately; an activation fee is one-time.
     */
    static BillingTerm billingTerm(String pax8) {
        switch (pax8) {
            case "Monthly":
                return BillingTerm.Monthly;
            case "Annual":
            case "2-Year":
            case "3-Year":
                return BillingTerm.Annual;
            case "Trial":
                return BillingTerm.Trial;
            case "One-Time":
            case "Activation":
                return BillingTerm.OneTime;
            default:
                throw new IllegalArgumentException("billing term '" + pax8 + "' is not one Pax8 documents");
        }
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<Parsed> subscriptions = Snapshots.parseEach(page.records(),
                s -> "subscription " + s.path("productName").asText("") + " " + s.path("id").asText("?"), Parsed::of, outcome);
        Map<String, Subscription> existing = Snapshots.existing(session, Subscription.class, ExternalSystem.PAX8,
                subscriptions.stream().map(Parsed::id).toList(), Subscription::getExternalId);
        for (Parsed parsed : subscriptions) {
            Subscription row = existing.get(parsed.id());
            boolean isNew = row == null;
            if (isNew) {
                row = new Subscription();
                row.setSystem(ExternalSystem.PAX8);
                row.setExternalId(parsed.id());
            }
            row.setCompanyExternalId(parsed.companyId());
            row.setVendorProductExternalId(parsed.productId());
            row.setQuantity(parsed.quantity());
            row.setPrice(parsed.price());
            row.setPartnerCost(parsed.partnerCost());
            row.setCurrency(parsed.currency());
            row.setBillingTerm(parsed.term());
            row.setCommitmentTerm(Snapshots.text(parsed.commitment(), 30));
            row.setStatus(parsed.status());
            row.setStartDate(parsed.start());
            row.setEndDate(parsed.end());
            row.setRemoteUpdatedAt(parsed.updated());
            if (isNew) {
                session.persist(row);
                outcome.created();
            } else {
                outcome.updated();
            }
        }
        return outcome;
    }
}
