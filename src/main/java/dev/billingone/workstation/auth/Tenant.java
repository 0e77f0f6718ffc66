package dev.billingone.workstation.auth;

/** An organisation a connection can act for: a Xero tenant or a QBO company (realm). */
public record Tenant(String id, String name) {
}
