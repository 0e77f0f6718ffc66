package dev.billingone.workstation.imports;

import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** Resolves client names in a file to ids (loaded once per run: an MSP has hundreds of clients, not millions). */
final class ClientNames {
    private ClientNames() {
    }

    static Map<String, Long> idsByName(Session session, ImportContext context) {
        Map<String, Long> ids = context.cache("clientIdByName");
        if (ids.isEmpty()) {
            List<Object[]> rows = session.createSelectionQuery("select name, id from Client", Object[].class).getResultList();
            rows.forEach(row -> ids.put((String) row[0], (Long) row[1]));
            Map<Long, String> names = context.cache("clientNameById");
            rows.forEach(row -> names.put((Long) row[1], (String) row[0]));
        }
        return ids;
    }

    /** The client's id, or null after recording a problem naming the field's cell. */
    static Long resolve(Session session, ImportContext context, ParsedRow row, String field) {
        String name = row.text(field);
        if (name == null) {
            row.problem(field, "is empty: name the client exactly as on the Clients screen");
            return null;
        }
        Long id = idsByName(session, context).get(name);
        if (id == null) {
            row.problem(field, "is not a client: import or add the client first, or fix the name to match an existing client");
        }
        return id;
    }

    static String nameOf(ImportContext context, Long id) {
        Map<Long, String> names = context.cache("clientNameById");
        return names.get(id);
    }
}
