package dev.billingone.workstation.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsToInAppForEveryEventAndAThresholdOf100() {
        NotificationSettings settings = NotificationSettings.from(Settings.defaultsOnly());
        assertThat(settings.deliveries()).containsOnlyKeys(NotificationEvent.values()).containsValues(Delivery.IN_APP);
        assertThat(settings.missedBillingThreshold()).isEqualByComparingTo("100");
    }

    @Test
    void theMatrixIsSavedToTheDataDirAndReadBack() throws Exception {
        DataDir dataDir = DataDir.open(dir);
        NotificationSettings.from(dataDir.settings(Map.of()))
                .with(NotificationEvent.NEW_MISSED_BILLING, Delivery.TRAY)
                .with(NotificationEvent.DRAFTS_READY, Delivery.NONE)
                .withThreshold(new BigDecimal("250.50"))
                .save(dataDir);

        NotificationSettings read = NotificationSettings.from(dataDir.settings(Map.of()));
        assertThat(read.deliveryOf(NotificationEvent.NEW_MISSED_BILLING)).isEqualTo(Delivery.TRAY);
        assertThat(read.deliveryOf(NotificationEvent.DRAFTS_READY)).isEqualTo(Delivery.NONE);
        assertThat(read.deliveryOf(NotificationEvent.INTEGRATION_NEEDS_REAUTH)).isEqualTo(Delivery.IN_APP);
        assertThat(read.missedBillingThreshold()).isEqualByComparingTo("250.50");
        assertThat(Files.readString(dir.resolve(DataDir.PROPERTIES)))
                .contains("notify.missedBilling=tray", "notify.draftsReady=none", "notify.integrationReauth=in-app");
    }

    @Test
    void badValuesNameTheKeyAndWhatIsAllowed() {
        assertThatThrownBy(() -> NotificationSettings.from(Settings.defaultsOnly().with(Map.of("notify.draftsReady", "popup"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("notify.draftsReady").hasMessageContaining("in-app, tray, none");
        assertThatThrownBy(() -> NotificationSettings.from(Settings.defaultsOnly().with(Map.of(NotificationSettings.THRESHOLD_KEY, "lots"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(NotificationSettings.THRESHOLD_KEY);
        assertThatThrownBy(() -> NotificationSettings.from(Settings.defaultsOnly().with(Map.of(NotificationSettings.THRESHOLD_KEY, "-1"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be negative");
    }
}
