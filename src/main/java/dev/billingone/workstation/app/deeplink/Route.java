package dev.billingone.workstation.app.deeplink;

import dev.billingone.workstation.ui.shell.Section;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where a link leads: a section of the main window with its parameters (e.g. {@code id=42} for
 * {@code clients/42}, {@code status=draft}), or the triage window. {@link #path()} is the canonical form that
 * {@code billingone://} and the web app share, so a route can be forwarded or opened in the browser.
 */
public record Route(Window window, Section section, Map<String, String> parameters) {
    /** Which window a route raises. */
    public enum Window { MAIN, TRIAGE }

    /** Parameter naming the record of a {@code section/ID} path, e.g. the client of {@code clients/42}. */
    public static final String ID = "id";
    /** Parameter naming the page of {@code settings/PAGE}, e.g. {@code integrations}. */
    public static final String PAGE = "page";

    public Route {
        Objects.requireNonNull(window, "window");
        if (window == Window.MAIN) {
            Objects.requireNonNull(section, "section");
        }
        parameters = Map.copyOf(parameters);
    }

    public static Route of(Section section, Map<String, String> parameters) {
        return new Route(Window.MAIN, section, parameters);
    }

    public static Route of(Section section) {
        return of(section, Map.of());
    }

    public static Route triage() {
        return new Route(Window.TRIAGE, null, Map.of());
    }

    public static Route client(long clientId) {
        return of(Section.CLIENTS, Map.of(ID, Long.toString(clientId)));
    }

    /** The path after {@code billingone://} or the web app's base URL, e.g. {@code generated-invoices?status=draft}. */
    public String path() {
        if (window == Window.TRIAGE) {
            return DeepLinkParser.TRIAGE;
        }
        Map<String, String> query = new LinkedHashMap<>(parameters);
        StringBuilder path = new StringBuilder(section.path());
        String segment = query.remove(section == Section.SETTINGS ? PAGE : ID);
        if (segment != null) {
            path.append('/').append(encode(segment));
        }
        if (!query.isEmpty()) {
            path.append('?').append(query.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&")));
        }
        return path.toString();
    }

    public String link() {
        return DeepLinkParser.SCHEME + path();
    }

    /** The same place in the web app, for "Open in web". */
    public String webUrl(String webBaseUrl) {
        return webBaseUrl.replaceAll("/+$", "") + "/" + path();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
