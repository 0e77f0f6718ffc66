package dev.billingone.workstation.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientChoiceTest {
    private final List<ClientChoice> clients = List.of(new ClientChoice(7, "Acme Dental Pty Ltd"),
            new ClientChoice(42, "Beta Logistics"), new ClientChoice(43, "O'Brien & Co"));

    private List<String> typed(String text) {
        return clients.stream().filter(c -> c.matches(text)).map(ClientChoice::name).toList();
    }

    @Test
    void matchesNameStartWordStartAnywhereOrExactId() {
        assertThat(typed("ac")).containsExactly("Acme Dental Pty Ltd");
        assertThat(typed("DENT")).containsExactly("Acme Dental Pty Ltd");
        assertThat(typed("co")).containsExactly("O'Brien & Co");
        assertThat(typed("gist")).containsExactly("Beta Logistics");
        assertThat(typed("42")).containsExactly("Beta Logistics");
        assertThat(typed("  ")).hasSize(3);
        assertThat(typed("zebra")).isEmpty();
    }
}
