package jp.shingikai.app.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.documents.StoredDocument;
import jp.shingikai.app.system.Sql;
import jp.shingikai.app.system.SubjectType;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class DocumentRepository {

    private final JdbcClient jdbc;

    /** Adds the next version of this kind of paper for the subject. */
    public long insertNextVersion(SubjectType subjectType, long subjectId, String kind, String title, String fileName,
            String mediaType, String sha256, long size, String createdBy) {
        int version = latestVersion(subjectType, subjectId, kind) + 1;
        return Sql.insert(jdbc, "insert into stored_document (subject_type, subject_id, kind, title, file_name, media_type,"
                        + " sha256, size_bytes, version, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                subjectType.name(), subjectId, kind, title, fileName, mediaType, sha256, size, version, createdBy,
                OffsetDateTime.now());
    }

    public Optional<StoredDocument> find(long id) {
        return jdbc.sql("select * from stored_document where id = ?").param(id).query(DocumentRepository::document).optional();
    }

    public int latestVersion(SubjectType subjectType, long subjectId, String kind) {
        return jdbc.sql("select coalesce(max(version), 0) from stored_document where subject_type = ? and subject_id = ? and kind = ?")
                .params(subjectType.name(), subjectId, kind).query(Integer.class).single();
    }

    public Optional<StoredDocument> version(SubjectType subjectType, long subjectId, String kind, int version) {
        return jdbc.sql("select * from stored_document where subject_type = ? and subject_id = ? and kind = ? and version = ?")
                .params(subjectType.name(), subjectId, kind, version).query(DocumentRepository::document).optional();
    }

    public List<Long> ids(String mediaType) {
        return jdbc.sql("select id from stored_document where media_type = ? order by id").param(mediaType).query(Long.class).list();
    }

    public List<StoredDocument> forSubject(SubjectType subjectType, long subjectId) {
        return jdbc.sql("select * from stored_document where subject_type = ? and subject_id = ? order by kind, version")
                .params(subjectType.name(), subjectId).query(DocumentRepository::document).list();
    }

    private static StoredDocument document(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(rs.getLong("id"), SubjectType.valueOf(rs.getString("subject_type")), rs.getLong("subject_id"),
                rs.getString("kind"), rs.getString("title"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getInt("version"), rs.getString("created_by"),
                Sql.timestamp(rs, "created_at"));
    }
}
