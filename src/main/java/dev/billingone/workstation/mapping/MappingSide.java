package dev.billingone.workstation.mapping;

import java.util.List;
import org.hibernate.Session;

/**
 * One kind of mapping as stored: which table holds the external records and their link column, which table holds
 * our side, and how a new client or product is filled from an external record.
 */
interface MappingSide {
    MatchKind kind();

    /** Every external record of this kind with what the matcher needs to know about it. */
    List<Loaded> externalRecords(Session session);

    /** Our clients or products that may be linked to. */
    List<MatchRecord> targets(Session session);

    ExternalRecord externalRecord(Session session, long recordId);

    String targetName(Session session, long targetId);

    /** Points the record at {@code targetId} (or nowhere) and returns what it pointed at before. */
    Long link(Session session, long recordId, Long targetId, String reason);

    /** Creates our client or product from the record's fields and returns its id. */
    long createTargetFrom(Session session, long recordId);

    void deleteTarget(Session session, long targetId);

    RemapImpact impact(Session session, ExternalRecord record);

    /** An external record and its matching view. */
    record Loaded(ExternalRecord record, MatchRecord match) {
    }
}
