/**
 * Month-end as one resumable job: sync → reconcile → generate → (approve → push) → reports for a period. Each
 * step's progress is stored per organisation and period, so a rerun after a crash or a failure continues at the
 * first unfinished step; every step is itself safe to repeat (generation is keyed, the push goes through the outbox).
 */
package dev.billingone.workstation.monthend;
