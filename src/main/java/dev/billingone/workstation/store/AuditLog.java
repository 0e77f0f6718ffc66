package dev.billingone.workstation.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.billingone.workstation.core.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Writes audit rows in the caller's transaction, so history and state commit or roll back together.
 * Before/after are JSON snapshots of whatever the service passes (an entity, a map of changed fields).
 */
public final class AuditLog {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private AuditLog() {
    }

    public static void record(Session session, String entityType, Long entityId, String action,
                              Object before, Object after, String reason) {
        session.persist(new AuditEvent(Instant.now(), Actor.current(), entityType, entityId, action,
                toJson(before), toJson(after), reason));
    }

    public static void record(Session session, String entityType, Long entityId, String action, Object after) {
        record(session, entityType, entityId, action, null, after, null);
    }

    public static List<AuditEvent> history(Session session, String entityType, Long entityId) {
        return session.createSelectionQuery(
                        "from AuditEvent where entityType = :type and entityId = :id order by occurredAt, id", AuditEvent.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }

    static String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return value instanceof String s ? s : JSON.writeValueAsString(value);
        } catch (Exception e) {
            return JSON.valueToTree(Map.of("unserializable", value.getClass().getName())).toString();
        }
    }
}
