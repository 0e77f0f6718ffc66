/**
 * Settings → Integrations: the cards, the embedded-browser sign-in window and the credential forms. Thin: every
 * check and every stored secret goes through the {@code auth} package, which the CLI uses too.
 */
package dev.billingone.workstation.ui.integrations;
