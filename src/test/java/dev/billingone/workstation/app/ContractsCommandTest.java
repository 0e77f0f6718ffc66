package dev.billingone.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingone.workstation.app.cli.Cli;
import dev.billingone.workstation.contracts.BillingFrequency;
import dev.billingone.workstation.contracts.ContractInput;
import dev.billingone.workstation.contracts.ContractService;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.SampleRecords;
import dev.billingone.workstation.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contracts renewals|renew} against a real data dir: JSON shapes, the CSV, exit codes. */
class ContractsCommandTest {
    @TempDir
    Path dir;
    long contract;

    @BeforeEach
    void contractEndingSoon() {
        try (Store store = Store.open(DatabaseTarget.h2(dir))) {
            long client = SampleRecords.client(store, "Harbour Dental Pty Ltd", "AUD");
            long product = SampleRecords.product(store, "M365-BP", "33.00", true);
            ContractService contracts = new ContractService(store);
            LocalDate end = LocalDate.now().plusDays(20);
            contract = contracts.create(new ContractInput(client, "Managed services", end.minusYears(1).plusDays(1), end, 12,
                    true, new BigDecimal("3.5"), null, List.of(new ContractInput.Line(null, product, null, BigDecimal.TEN,
                    new BigDecimal("40.00"), BigDecimal.ZERO, BillingFrequency.MONTHLY, null, null))));
            contracts.activate(contract, 0);
        }
    }

    private String[] run(int expectedCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), Map.of(), new PrintWriter(out, true), new PrintWriter(err, true),
                options -> {
                    throw new AssertionError("the CLI must not open a window");
                });
        assertThat(code).as(err.toString()).isEqualTo(expectedCode);
        return new String[]{out.toString(), err.toString()};
    }

    @Test
    void listsTheQueueWritesTheNoticeAndRenews() throws Exception {
        Path csv = dir.resolve("renewals.csv");
        JsonNode queue = new ObjectMapper().readTree(run(0, "--json", "contracts", "renewals", "--days", "30",
                "--csv", csv.toString())[0]);
        assertThat(queue.get("count").asInt()).isEqualTo(1);
        assertThat(queue.get("contracts").get(0).get("monthlyValue").asText()).isEqualTo("400.00");
        assertThat(queue.get("contracts").get(0).get("autoRenew").asBoolean()).isTrue();
        assertThat(Files.readAllLines(csv)).hasSize(2).last().asString().startsWith("Harbour Dental Pty Ltd,Managed services,");

        JsonNode renewed = new ObjectMapper().readTree(run(0, "--json", "contracts", "renew", "--id",
                String.valueOf(contract), "--uplift", "3.5")[0]);
        assertThat(renewed.get("renewed").asInt()).isEqualTo(1);
        assertThat(renewed.get("contracts").get(0).get("newMonthlyValue").asText()).isEqualTo("414.00");
        assertThat(new ObjectMapper().readTree(run(0, "--json", "contracts", "renewals")[0]).get("count").asInt()).isZero();
    }

    @Test
    void renewNeedsOnePriceRuleAndAnExistingContract() {
        assertThat(run(2, "contracts", "renew", "--id", String.valueOf(contract))[1]).contains("--uplift", "--to-catalog");
        assertThat(run(1, "contracts", "renew", "--id", "999999", "--to-catalog")[1]).contains("Contract 999999 does not exist");
    }
}
