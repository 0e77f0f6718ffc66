package dev.billingone.workstation.app.deeplink;

import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.ui.shell.Section;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns {@code billingone://PATH} or {@code WEB_BASE/PATH} into a {@link Route}; anything it does not know is an
 * {@link InvalidInputException} whose message lists what it does know, so a mistyped link in a mail explains
 * itself instead of crashing the window.
 */
public final class DeepLinkParser {
    public static final String SCHEME = "billingone://";
    static final String TRIAGE = "triage";
    private static final List<String> SETTINGS_PAGES = List.of("integrations");

    private final String webBase;

    /** @param webBaseUrl the web app's address ({@code web.baseUrl}, e.g. {@code https://app.billingone.dev}) */
    public DeepLinkParser(String webBaseUrl) {
        this.webBase = webBaseUrl.replaceAll("/+$", "");
    }

    public Route parse(String link) {
        String text = link == null ? "" : link.trim();
        String rest = stripPrefix(text);
        if (rest == null) {
            throw new InvalidInputException("'" + text + "' is not a BillingOne link: it must start with " + SCHEME
                    + " or " + webBase + "/ (e.g. " + SCHEME + "missed-billing).");
        }
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        int question = rest.indexOf('?');
        String pathPart = question < 0 ? rest : rest.substring(0, question);
        Map<String, String> query = question < 0 ? new LinkedHashMap<>() : query(text, rest.substring(question + 1));
        List<String> segments = Arrays.stream(pathPart.split("/")).filter(s -> !s.isEmpty())
                .map(s -> decode(s).toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(ArrayList::new));
        if (segments.isEmpty()) {
            return Route.of(Section.DASHBOARD, query);
        }
        String head = segments.get(0);
        if (head.equals(TRIAGE) && segments.size() == 1) {
            return Route.triage();
        }
        Section section = Arrays.stream(Section.values()).filter(s -> s.path().equals(head)).findFirst()
                .orElseThrow(() -> unknown(text));
        return switch (section) {
            case CLIENTS -> clients(text, segments, query);
            case SETTINGS -> settings(text, segments, query);
            case GENERATED_INVOICES -> generatedInvoices(text, segments, query);
            default -> {
                requireNoMoreSegments(text, segments, 1);
                yield Route.of(section, query);
            }
        };
    }

    private String stripPrefix(String text) {
        if (text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return text.substring(SCHEME.length());
        }
        if (text.regionMatches(true, 0, webBase, 0, webBase.length())) {
            String rest = text.substring(webBase.length());
            if (rest.isEmpty() || rest.startsWith("/") || rest.startsWith("?")) {
                return rest;
            }
        }
        return null;
    }

    private static Route clients(String text, List<String> segments, Map<String, String> query) {
        requireNoMoreSegments(text, segments, 2);
        if (segments.size() == 2) {
            String id = segments.get(1);
            if (!id.matches("[1-9][0-9]{0,17}")) {
                throw new InvalidInputException("'" + id + "' in " + text + " is not a client id: use clients/ followed by "
                        + "the client's number, e.g. " + SCHEME + "clients/42.");
            }
            query.put(Route.ID, id);
        }
        return Route.of(Section.CLIENTS, query);
    }

    private static Route settings(String text, List<String> segments, Map<String, String> query) {
        requireNoMoreSegments(text, segments, 2);
        if (segments.size() == 2) {
            String page = segments.get(1);
            if (!SETTINGS_PAGES.contains(page)) {
                throw new InvalidInputException("Settings has no page '" + page + "' (in " + text + "); known pages: "
                        + String.join(", ", SETTINGS_PAGES) + ".");
            }
            query.put(Route.PAGE, page);
        }
        return Route.of(Section.SETTINGS, query);
    }

    private static Route generatedInvoices(String text, List<String> segments, Map<String, String> query) {
        requireNoMoreSegments(text, segments, 1);
        String status = query.get("status");
        if (status != null) {
            String normalised = status.toLowerCase(Locale.ROOT);
            boolean known = Arrays.stream(InvoiceStatus.values()).anyMatch(s -> s.name().equalsIgnoreCase(normalised));
            if (!known) {
                throw new InvalidInputException("Unknown invoice status '" + status + "' in " + text + "; use one of "
                        + Arrays.stream(InvoiceStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ".");
            }
            query.put("status", normalised);
        }
        return Route.of(Section.GENERATED_INVOICES, query);
    }

    private static void requireNoMoreSegments(String text, List<String> segments, int allowed) {
        if (segments.size() > allowed) {
            throw unknown(text);
        }
    }

    private static InvalidInputException unknown(String text) {
        String known = Arrays.stream(Section.values()).map(Section::path).collect(Collectors.joining(", "));
        return new InvalidInputException("BillingOne has no page for " + text + ". Links may open: " + TRIAGE + ", "
                + known + " (clients/ID, settings/integrations, generated-invoices?status=draft).");
    }

    private static Map<String, String> query(String text, String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (key.isBlank()) {
                throw new InvalidInputException("The query of " + text + " has a parameter without a name.");
            }
            parameters.put(key, value);
        }
        return parameters;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("'" + value + "' is not valid in a link (" + e.getMessage() + ").");
        }
    }
}
