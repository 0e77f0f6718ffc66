package dev.billingone.workstation.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.subscriptions.SubscriptionStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The mapping service against a real database; one subclass per backend. One database per class (migrating is
 * the slow part), emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MappingServiceContractTest {
    private static final List<String> TABLES_IN_DELETE_ORDER = List.of("mapping_change", "mapping_rejection",
            "audit_event", "subscription", "external_account", "vendor_product", "product", "client", "organization");

    protected Store store;
    private MappingService service;

    protected abstract DatabaseTarget target();

    @BeforeAll
    void open() {
        store = Store.open(target());
        service = new MappingService(store);
    }

    @BeforeEach
    void empty() {
        store.write(session -> TABLES_IN_DELETE_ORDER.forEach(table ->
                session.createNativeMutationQuery("DELETE FROM " + table).executeUpdate()));
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void suggestsTheRightClientFirstWithItsReasons() {
        long harbour = client("Harbour Dental", "harbourdental.com.au", "51 824 753 556");
        client("Harbour Legal", "harbourlegal.com.au", null);
        long record = account(ExternalSystem.PAX8, "c-1", "HARBOUR DENTAL PTY LTD", "accounts@harbourdental.com.au", "51824753556");

        List<Suggestion> suggestions = service.suggest(MatchKind.CLIENTS, 0, 3, true);

        assertThat(suggestions).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.record().id()).isEqualTo(record);
            ScoredCandidate best = suggestion.candidates().get(0);
            assertThat(best.id()).isEqualTo(harbour);
            assertThat(best.score()).isGreaterThan(0.95);
            assertThat(best.reasons()).contains("same name", "same tax number / ABN", "same domain harbourdental.com.au");
            assertThat(suggestion.candidates()).extracting(ScoredCandidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        });
    }

    @Test
    void bulkAcceptLinksClearMatchesHoldsAmbiguousOnesAndOneUndoRestoresAll() {
        long acme = client("Acme Plumbing", null, null);
        long summit = client("Summit Logistics", null, null);
        client("Northwind Traders", null, null);
        long pax8Acme = account(ExternalSystem.PAX8, "p-1", "Acme Plumbing Pty Ltd", null, null);
        long xeroSummit = account(ExternalSystem.XERO, "x-1", "SUMMIT LOGISTICS INC.", null, null);
        long xeroAcme = account(ExternalSystem.XERO, "x-2", "Acme Plumbing", null, null);
        long xeroAcmeAgain = account(ExternalSystem.XERO, "x-3", "ACME PLUMBING LTD", null, null);
        long unrelated = account(ExternalSystem.QBO, "q-1", "Blue Gum Bakery", null, null);

        AcceptPreview preview = service.previewAcceptAll(MatchKind.CLIENTS, 0.9);

        assertThat(preview.links()).extracting(link -> link.record().id(), Link::targetId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(pax8Acme, acme),
                        org.assertj.core.groups.Tuple.tuple(xeroSummit, summit));
        assertThat(preview.held()).extracting(held -> held.record().id()).containsExactlyInAnyOrder(xeroAcme, xeroAcmeAgain);
        assertThat(preview.held().get(0).reason()).contains("2 Xero records match Acme Plumbing");

        List<Link> accepted = service.acceptAll(MatchKind.CLIENTS, 0.9);

        assertThat(accepted).hasSize(2);
        assertThat(mappedClient(pax8Acme)).isEqualTo(acme);
        assertThat(mappedClient(xeroSummit)).isEqualTo(summit);
        assertThat(mappedClient(unrelated)).isNull();
        assertThat(history(pax8Acme)).singleElement().satisfies(event -> assertThat(event.getAction()).isEqualTo("map"));

        assertThat(service.undoLast()).hasValueSatisfying(undone -> {
            assertThat(undone.action()).isEqualTo(MappingChange.Action.LINK);
            assertThat(undone.records()).isEqualTo(2);
        });
        assertThat(mappedClient(pax8Acme)).isNull();
        assertThat(mappedClient(xeroSummit)).isNull();
        assertThat(history(pax8Acme)).hasSize(2);
    }

    @Test
    void aRejectedPairIsNotSuggestedAgainUntilTheRejectIsUndone() {
        long acmeDental = client("Acme Dental", null, null);
        long acmeDentalCare = client("Acme Dental Care", null, null);
        long record = account(ExternalSystem.XERO, "x-9", "Acme Dental Pty Ltd", null, null);

        service.reject(MatchKind.CLIENTS, record, acmeDental);
        service.reject(MatchKind.CLIENTS, record, acmeDental);

        assertThat(service.suggest(MatchKind.CLIENTS, 0, 3, true).get(0).candidates())
                .extracting(ScoredCandidate::id).doesNotContain(acmeDental).contains(acmeDentalCare);
        service.undoLast();
        assertThat(service.suggest(MatchKind.CLIENTS, 0, 3, true).get(0).candidates().get(0).id()).isEqualTo(acmeDental);
    }

    @Test
    void remappingIsRefusedWithWhatItMovesUnlessConfirmed() {
        long first = client("Coastal Physio", null, null);
        long second = client("Coastal Physiotherapy Group", null, null);
        long record = account(ExternalSystem.PAX8, "pax8-company-7", "Coastal Physio", null, null);
        subscription("pax8-company-7", "s-1");
        subscription("pax8-company-7", "s-2");
        service.accept(MatchKind.CLIENTS, record, first, 1.0, false);

        RemapImpact impact = service.impactOfLinking(MatchKind.CLIENTS, record);
        assertThat(impact.currentTargetId()).isEqualTo(first);
        assertThat(impact.subscriptions()).isEqualTo(2);
        assertThatThrownBy(() -> service.accept(MatchKind.CLIENTS, record, second, 0.8, false))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is linked to Coastal Physio")
                .hasMessageContaining("moves 2 subscription(s)");
        assertThat(mappedClient(record)).isEqualTo(first);

        service.accept(MatchKind.CLIENTS, record, second, 0.8, true);
        assertThat(mappedClient(record)).isEqualTo(second);
        service.undoLast();
        assertThat(mappedClient(record)).isEqualTo(first);
    }

    @Test
    void createsAClientFromTheRecordWithItsFieldsAndUndoRemovesIt() {
        MappingTestData.organization(store);
        long record = account(ExternalSystem.QBO, "q-77", "Wattle Tree Childcare", "hello@wattletree.org", "12 345 678 901");

        Link link = service.createFrom(MatchKind.CLIENTS, record);

        Client created = findClient(link.targetId());
        assertThat(created.getName()).isEqualTo("Wattle Tree Childcare");
        assertThat(created.getEmail()).isEqualTo("hello@wattletree.org");
        assertThat(created.getTaxNumber()).isEqualTo("12 345 678 901");
        assertThat(created.getCurrency()).isEqualTo("AUD");
        assertThat(mappedClient(record)).isEqualTo(link.targetId());
        assertThatThrownBy(() -> service.createFrom(MatchKind.CLIENTS, record)).isInstanceOf(ConflictException.class);

        service.undoLast();
        assertThat(mappedClient(record)).isNull();
        assertThat(findClient(link.targetId())).isNull();
        assertThat(service.undoLast()).isEmpty();
    }

    @Test
    void productsMatchOnPartNumbersAndNamesButNotAcrossEditions() {
        long basic = product("MS-365-BB", "Microsoft 365 Business Basic", "CFQ7TTC0LH18");
        long standard = product("MS-365-BS", "Microsoft 365 Business Standard", "CFQ7TTC0LDPB");
        long pax8Basic = vendorProduct("vp-1", "Microsoft 365 Business Basic (NCE, monthly)", "CFQ7TTC0LH18:0001");
        long pax8Standard = vendorProduct("vp-2", "M365 Business Standard", null);

        List<Suggestion> suggestions = service.suggest(MatchKind.PRODUCTS, 0, 2, true);

        assertThat(suggestions).extracting(s -> s.record().id(), s -> s.candidates().get(0).id())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(pax8Basic, basic),
                        org.assertj.core.groups.Tuple.tuple(pax8Standard, standard));
        service.acceptAll(MatchKind.PRODUCTS, 0.5);
        Long linked = store.read(session -> session.find(VendorProduct.class, pax8Standard).getProductId());
        assertThat(linked).isEqualTo(standard);
    }

    private List<AuditEvent> history(long recordId) {
        return store.read(session -> AuditLog.history(session, "external_account", recordId));
    }

    private Client findClient(long id) {
        return store.read(session -> session.find(Client.class, id));
    }

    private Long mappedClient(long recordId) {
        return store.read(session -> session.find(ExternalAccount.class, recordId).getClientId());
    }

    private void subscription(String companyId, String externalId) {
        store.write(session -> {
            Subscription subscription = new Subscription();
            subscription.setSystem(ExternalSystem.PAX8);
            subscription.setExternalId(externalId);
            subscription.setCompanyExternalId(companyId);
            subscription.setVendorProductExternalId("vp-x");
            subscription.setQuantity(BigDecimal.TEN);
            subscription.setCurrency("AUD");
            subscription.setBillingTerm(BillingTerm.values()[0]);
            subscription.setStatus(SubscriptionStatus.values()[0]);
            session.persist(subscription);
        });
    }

    private long client(String name, String domain, String taxNumber) {
        return MappingTestData.client(store, name, domain, taxNumber);
    }

    private long account(ExternalSystem system, String externalId, String name, String email, String taxNumber) {
        return MappingTestData.account(store, system, externalId, name, email, taxNumber);
    }

    private long product(String sku, String name, String partNumber) {
        return store.inTransaction(session -> {
            Product product = new Product();
            product.setSku(sku);
            product.setName(name);
            product.setManufacturerPartNumber(partNumber);
            product.setVendor("Microsoft");
            product.setCurrency("AUD");
            session.persist(product);
            return product.getId();
        });
    }

    private long vendorProduct(String externalId, String name, String partNumber) {
        return store.inTransaction(session -> {
            VendorProduct product = new VendorProduct();
            product.setSystem(ExternalSystem.PAX8);
            product.setExternalId(externalId);
            product.setName(name);
            product.setVendorName("Microsoft Corporation");
            product.setManufacturerPartNumber(partNumber);
            session.persist(product);
            return product.getId();
        });
    }
}
