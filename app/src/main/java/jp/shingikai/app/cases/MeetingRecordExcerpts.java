package jp.shingikai.app.cases;

import java.util.Optional;

/**
 * What the fixed 会議録 of a meeting says of one consultation's 議題, for the case page. The minutes feature answers; the
 * case page asks through this, since the minutes themselves read the cases.
 */
public interface MeetingRecordExcerpts {

    /** The 発言 or 要旨 of the consultation's 議題 in its meeting's latest fixed 会議録, or none before 確定. */
    Optional<String> excerpt(long meetingId, long consultationId);
}
