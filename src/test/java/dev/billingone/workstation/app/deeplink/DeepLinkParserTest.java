package dev.billingone.workstation.app.deeplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.ui.shell.Section;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeepLinkParserTest {
    private static final String WEB = "https://app.billingone.dev";
    private final DeepLinkParser parser = new DeepLinkParser(WEB);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dashboard                          | DASHBOARD          | ",
            "invoices                           | INVOICES           | ",
            "contracts                          | CONTRACTS          | ",
            "missed-billing                     | MISSED_BILLING     | ",
            "generated-invoices?status=draft    | GENERATED_INVOICES | status=draft",
            "generated-invoices?status=APPROVED | GENERATED_INVOICES | status=approved",
            "generated-invoices                 | GENERATED_INVOICES | ",
            "clients/42                         | CLIENTS            | id=42",
            "clients                            | CLIENTS            | ",
            "settings/integrations              | SETTINGS           | page=integrations",
            "settings                           | SETTINGS           | ",
            "                                   | DASHBOARD          | "})
    void everyRouteParsesTheSameFromTheSchemeAndTheWebApp(String path, Section section, String parameter) {
        String rest = path == null ? "" : path;
        Map<String, String> expected = parameter == null ? Map.of()
                : Map.of(parameter.split("=")[0], parameter.split("=")[1]);
        for (String link : new String[] {"billingone://" + rest, WEB + "/" + rest, "BillingOne://" + rest,
                WEB + "/" + rest + (rest.contains("?") ? "" : "/")}) {
            Route route = parser.parse(link);
            assertThat(route.window()).as(link).isEqualTo(Route.Window.MAIN);
            assertThat(route.section()).as(link).isEqualTo(section);
            assertThat(route.parameters()).as(link).isEqualTo(expected);
        }
    }

    @Test
    void everySectionOfTheMainWindowHasALinkThatRoundTrips() {
        Arrays.stream(Section.values()).forEach(section -> {
            Route route = parser.parse("billingone://" + section.path());
            assertThat(route.section()).isEqualTo(section);
            assertThat(parser.parse(route.link())).isEqualTo(route);
            assertThat(parser.parse(route.webUrl(WEB))).isEqualTo(route);
        });
    }

    @Test
    void canonicalFormKeepsIdsInThePathAndOtherParametersInTheQuery() {
        Route client = parser.parse("https://app.billingone.dev/clients/42?tab=invoices#top");
        assertThat(client.path()).isEqualTo("clients/42?tab=invoices");
        assertThat(client.webUrl(WEB + "/")).isEqualTo("https://app.billingone.dev/clients/42?tab=invoices");
        assertThat(parser.parse("billingone://generated-invoices?status=draft").link())
                .isEqualTo("billingone://generated-invoices?status=draft");
        assertThat(parser.parse("billingone://settings/integrations").path()).isEqualTo("settings/integrations");
    }

    @Test
    void triageIsItsOwnWindow() {
        assertThat(parser.parse("billingone://triage")).isEqualTo(Route.triage());
        assertThat(parser.parse(Route.triage().link())).isEqualTo(Route.triage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"billingone://nowhere", "billingone://invoices/extra", "billingone://triage/more",
            "https://app.billingone.dev/reports/2026", "billingone://missed-billing/7/apply"})
    void unknownPagesSayWhichOnesExist(String link) {
        assertThatThrownBy(() -> parser.parse(link))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has no page for " + link)
                .hasMessageContaining("missed-billing")
                .hasMessageContaining("clients/ID");
    }

    @Test
    void badClientIdsStatusesAndSettingsPagesAreExplained() {
        assertThatThrownBy(() -> parser.parse("billingone://clients/acme"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'acme'").hasMessageContaining("not a client id");
        assertThatThrownBy(() -> parser.parse("billingone://clients/0"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a client id");
        assertThatThrownBy(() -> parser.parse("billingone://generated-invoices?status=pending"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'pending'").hasMessageContaining("draft, approved");
        assertThatThrownBy(() -> parser.parse("billingone://settings/printers"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'printers'").hasMessageContaining("integrations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "http://app.billingone.dev/invoices", "https://evil.example/invoices",
            "https://app.billingone.dev.evil.example/invoices", "mailto:x@y"})
    void linksToOtherPlacesAreRefused(String link) {
        assertThatThrownBy(() -> parser.parse(link))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a BillingOne link");
    }
}
