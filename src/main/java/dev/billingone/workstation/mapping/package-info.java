/**
 * The mapping workbench, headless: links every external record (Pax8 company, Xero contact, QBO customer,
 * SuperOps client; Pax8 product) to one of our clients or catalog products. Name normalisation and similarity
 * ({@link dev.billingone.workstation.mapping.NameNormalizer}, {@link dev.billingone.workstation.mapping.MatchScorer}),
 * a blocking index so suggestions are not all-pairs ({@link dev.billingone.workstation.mapping.MatchIndex}), and
 * {@link dev.billingone.workstation.mapping.MappingService} for suggest, accept, reject, undo and "create from this
 * record". The GUI and the CLI both call the service; nothing here imports JavaFX.
 */
package dev.billingone.workstation.mapping;
