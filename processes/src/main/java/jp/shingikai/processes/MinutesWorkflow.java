package jp.shingikai.processes;

/**
 * The names the 会議録 model ({@code processes/minutes/minutes.bpmn20.xml}) shares with the code that drives it:
 * 作成 (事務局) → 確認 (each attending member) → 確定 (the member who presided) → 公開 (事務局).
 */
public final class MinutesWorkflow {

    public static final String MINUTES_PROCESS = "minutes";

    private MinutesWorkflow() {
    }

    /** User-task ids; each task's form is {@code forms/<formKey>.schema.json}. */
    public interface Tasks {
        String DRAFT = "minutesDraft";
        String CONFIRMATION = "minutesConfirmation";
        String FIX = "minutesFix";
        String PUBLISH = "minutesPublish";
    }

    /** Process-variable names. */
    public interface Variables {
        String MINUTES_ID = "minutesId";
        /** User names of the members who attended: the confirmation's multi-instance collection. */
        String ATTENDING_MEMBERS = "attendingMembers";
        /** The member of one confirmation instance. */
        String MEMBER = "member";
        /** The user name of the member who presided, who fixes the minutes. */
        String CHAIR = "chair";
    }
}
