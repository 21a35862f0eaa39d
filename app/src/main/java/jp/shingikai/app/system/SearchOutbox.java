package jp.shingikai.app.system;

import java.time.OffsetDateTime;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The queue of changes for the search index, kept in the database beside the changes themselves. */
@Component
@RequiredArgsConstructor
public class SearchOutbox {

    /** What a queued change is, as the outbox's {@code document_type} column names it. */
    public enum Document {
        REGISTRY_ENTRY,
        CONSULTATION,
        /** A generated paper (a stored_document row). */
        PAPER,
        /** A published document imported into the registry (a registry_import row). */
        IMPORTED_FILE,
        /** A 諮問 or 報告 another council published (a published_case row). */
        PUBLISHED_CASE,
        /** A 会議録 whose 公開版 the public portal's search holds (a minutes row). */
        PUBLIC_MINUTES
    }

    private final JdbcClient jdbc;

    /** Call inside the transaction that changes the document. */
    public void enqueue(Document document, long documentId) {
        jdbc.sql("insert into search_outbox (document_type, document_id, enqueued_at) values (?, ?, ?)")
                .params(document.name(), documentId, OffsetDateTime.now()).update();
    }

    public List<Pending> next(int limit) {
        return jdbc.sql("select id, document_type, document_id from search_outbox order by id fetch first " + limit + " rows only")
                .query((rs, row) -> new Pending(rs.getLong("id"), Document.valueOf(rs.getString("document_type")),
                        rs.getLong("document_id")))
                .list();
    }

    public void done(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from search_outbox where id in (:ids)").param("ids", ids).update();
        }
    }

    public void failed(List<Long> ids, String error) {
        if (!ids.isEmpty()) {
            jdbc.sql("update search_outbox set attempts = attempts + 1, last_error = :error where id in (:ids)")
                    .param("error", error.length() > 2000 ? error.substring(0, 2000) : error).param("ids", ids).update();
        }
    }

    public long size() {
        return jdbc.sql("select count(*) from search_outbox").query(Long.class).single();
    }

    public record Pending(long id, Document document, long documentId) {
    }
}
