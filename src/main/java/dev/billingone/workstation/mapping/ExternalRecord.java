package dev.billingone.workstation.mapping;

import dev.billingone.workstation.core.ExternalSystem;

/**
 * An external record to be mapped: a Pax8 company, Xero contact, QBO customer or SuperOps client (kind CLIENTS),
 * or a Pax8 product (kind PRODUCTS). {@code id} is our row id; {@code mappedTo} the client or product it is
 * linked to, if any.
 */
public record ExternalRecord(MatchKind kind, long id, ExternalSystem system, String externalId, String name, Long mappedTo) {
}
