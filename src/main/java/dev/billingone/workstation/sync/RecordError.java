package dev.billingone.workstation.sync;

/** A record that could not be synced or delivered, and why ({@code record} names it the way the user knows it). */
public record RecordError(String record, String message) {
}
