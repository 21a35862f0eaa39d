package jp.shingikai.app.minutes;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.workflow.CaseRecord;

/**
 * 会議録 of one meeting.
 *
 * @param header  what the meeting recorded, as the minutes open: 名称, 日時, 場所, 出席委員, 欠席委員, 事務局, 説明者
 * @param content the minutes-draft form as last saved: 全文 or 要旨, and each 議題 with its 発言 or 要旨
 */
public record Minutes(long id, long councilId, Long meetingId, String title, MinutesStatus status, JsonNode header,
        JsonNode content, String processInstanceId, String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        int version) implements CaseRecord {

    /** The minutes belong to the council, not to a department. */
    @Override
    public String departmentCode() {
        return null;
    }
}
