package dev.billingone.workstation.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstRowsTest {
    @Test
    void remembersTheFirstRowOfEveryKeyThroughGrowth() {
        FirstRows rows = new FirstRows();
        for (int i = 0; i < 200_000; i++) {
            assertThat(rows.putIfAbsent("SKU-" + i, i + 2)).as("key %d is new", i).isZero();
        }
        assertThat(rows.putIfAbsent("SKU-0", 900_000)).isEqualTo(2);
        assertThat(rows.putIfAbsent("SKU-123456", 900_001)).isEqualTo(123_458);
        assertThat(rows.putIfAbsent("sku-0", 900_002)).as("keys are compared exactly").isZero();
    }
}
