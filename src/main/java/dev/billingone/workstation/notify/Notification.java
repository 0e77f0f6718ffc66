package dev.billingone.workstation.notify;

/** One notification to show: what happened, how to deliver it, and the link a click opens. */
public record Notification(NotificationEvent event, Delivery delivery, String title, String text, String link) {
}
