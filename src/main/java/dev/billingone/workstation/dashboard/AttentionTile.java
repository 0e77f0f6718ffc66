package dev.billingone.workstation.dashboard;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One needs-attention tile: how many, how much (null when money does not apply), a second count where it helps
 * (e.g. queued writes beside sync errors), and the deep-link path and parameters of the list it opens.
 */
public record AttentionTile(String title, long count, BigDecimal amount, String detail, String path, Map<String, String> parameters) {
}
