/**
 * Contracts with clients: full edit with validation and history, lifecycle (draft, active, ended, cancelled),
 * the renewal queue, renewals with a price uplift, and the renewal-notice CSV. GUI and CLI both call
 * {@link dev.billingone.workstation.contracts.ContractService} and
 * {@link dev.billingone.workstation.contracts.Renewals}.
 */
package dev.billingone.workstation.contracts;
