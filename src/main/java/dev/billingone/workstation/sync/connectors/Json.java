package dev.billingone.workstation.sync.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Reading remote JSON with clear messages: a missing required field names itself. */
public final class Json {
    private Json() {
    }

    public static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("field " + field + " is missing");
        }
        return value.asText();
    }

    /** A required ISO 4217 code ("AUD"): anything else is the record's error, not a failed page. */
    public static String currency(JsonNode node, String field) {
        String code = required(node, field).trim();
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("field " + field + " is not a currency code (like AUD): " + code);
        }
        return code;
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Exact decimal (the mapper reads floats as BigDecimal); null when absent. */
    public static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field " + field + " is not a number: " + value.asText());
        }
    }

    public static BigDecimal decimalOrZero(JsonNode node, String field) {
        BigDecimal value = decimal(node, field);
        return value == null ? BigDecimal.ZERO : value;
    }
}
