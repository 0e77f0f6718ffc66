/**
 * Deep links ({@code billingone://…} and {@code https://app.billingone.dev/…}) and the single running instance
 * they are handed to. Headless: parsing and forwarding never load JavaFX, so the CLI and tests use them as is.
 */
package dev.billingone.workstation.app.deeplink;
