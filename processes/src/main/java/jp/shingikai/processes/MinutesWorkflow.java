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
    public static final class Tasks {
        public static final String DRAFT = "minutesDraft";
        public static final String CONFIRMATION = "minutesConfirmation";
        public static final String FIX = "minutesFix";
        public static final String PUBLISH = "minutesPublish";

        private Tasks() {
        }
    }

    /** Process-variable names. */
    public static final class Variables {
        public static final String MINUTES_ID = "minutesId";
        /** User names of the members who attended: the confirmation's multi-instance collection. */
        public static final String ATTENDING_MEMBERS = "attendingMembers";
        /** The member of one confirmation instance. */
        public static final String MEMBER = "member";
        /** The user name of the member who presided, who fixes the minutes. */
        public static final String CHAIR = "chair";

        private Variables() {
        }
    }
}
