package dev.billingone.workstation.notify;

/** What the workstation notifies about, each with the deep link a click opens. */
public enum NotificationEvent {
    NEW_MISSED_BILLING("missedBilling", "New missed billing", "billingone://missed-billing"),
    DRAFTS_READY("draftsReady", "Drafts ready for approval", "billingone://generated-invoices?status=draft"),
    INTEGRATION_NEEDS_REAUTH("integrationReauth", "Integration needs sign-in", "billingone://settings/integrations");

    private final String key;
    private final String title;
    private final String link;

    NotificationEvent(String key, String title, String link) {
        this.key = key;
        this.title = title;
        this.link = link;
    }

    /** The settings key suffix: {@code notify.KEY}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String link() {
        return link;
    }
}
