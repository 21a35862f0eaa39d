package jp.shingikai.app.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.security.CurrentUser;

/** What a case type that a department drafts offers its pages and API: edit and submit the draft, take a step. */
public interface DraftedCaseSteps<C extends CaseRecord> {

    /** Refuses anyone but the department's drafters, before anything else about an edit is looked at. */
    void requireDrafter(CurrentUser actor, long id);

    /** Changes the draft while it is with the department; an edit based on an older version is refused. */
    C edit(CurrentUser actor, long id, int expectedVersion, JsonNode input);

    /** 提出 of the draft as last saved. */
    C submit(CurrentUser actor, long id, Integer expectedVersion);

    /** Takes the workflow step with this task key (a page posts any step by its key). */
    C take(CurrentUser actor, long id, String taskKey, JsonNode input);
}
