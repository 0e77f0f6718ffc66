package dev.billingone.workstation.notify;

import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The matrix event × delivery, plus the missed-billing threshold (an amount in any currency: a notification
 * comes when the new items of one currency add up to more). Kept in billingone.properties as
 * {@code notify.EVENT=in-app|tray|none} and {@code notify.missedBilling.threshold}, because they are this
 * person's preferences on this machine, not the organisation's data.
 */
public record NotificationSettings(Map<NotificationEvent, Delivery> deliveries, BigDecimal missedBillingThreshold) {
    public static final String PREFIX = "notify.";
    public static final String THRESHOLD_KEY = PREFIX + NotificationEvent.NEW_MISSED_BILLING.key() + ".threshold";
    static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("100");

    public NotificationSettings {
        EnumMap<NotificationEvent, Delivery> complete = new EnumMap<>(NotificationEvent.class);
        for (NotificationEvent event : NotificationEvent.values()) {
            complete.put(event, deliveries.getOrDefault(event, Delivery.IN_APP));
        }
        deliveries = Map.copyOf(complete);
        if (missedBillingThreshold.signum() < 0) {
            throw new InvalidInputException("The missed-billing notification threshold must not be negative (it is "
                    + missedBillingThreshold.toPlainString() + ").");
        }
    }

    public static NotificationSettings from(Settings settings) {
        Map<NotificationEvent, Delivery> deliveries = new EnumMap<>(NotificationEvent.class);
        for (NotificationEvent event : NotificationEvent.values()) {
            String key = PREFIX + event.key();
            deliveries.put(event, Delivery.parse(key, settings.get(key, Delivery.IN_APP.value())));
        }
        String threshold = settings.get(THRESHOLD_KEY, DEFAULT_THRESHOLD.toPlainString());
        try {
            return new NotificationSettings(deliveries, new BigDecimal(threshold.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Setting " + THRESHOLD_KEY + " is '" + threshold + "'; use an amount such as 250.00.");
        }
    }

    public Delivery deliveryOf(NotificationEvent event) {
        return deliveries.get(event);
    }

    public NotificationSettings with(NotificationEvent event, Delivery delivery) {
        Map<NotificationEvent, Delivery> changed = new EnumMap<>(deliveries);
        changed.put(event, delivery);
        return new NotificationSettings(changed, missedBillingThreshold);
    }

    public NotificationSettings withThreshold(BigDecimal threshold) {
        return new NotificationSettings(deliveries, threshold);
    }

    /** Writes every entry of the matrix, so the file shows the choices even where they equal the defaults. */
    public void save(DataDir dataDir) {
        deliveries.forEach((event, delivery) -> dataDir.saveSetting(PREFIX + event.key(), delivery.value()));
        dataDir.saveSetting(THRESHOLD_KEY, missedBillingThreshold.toPlainString());
    }
}
