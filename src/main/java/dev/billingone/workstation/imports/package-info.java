/**
 * The one CSV engine: reading awkward files (encodings, delimiters, locales), presets that recognise real
 * exports by their headers, the dry-run/apply import pipeline with its log, and CSV export for every list.
 * Headless: the CLI and the GUI call the same services.
 */
package dev.billingone.workstation.imports;
