package jp.shingikai.app.workflow;

import java.util.Map;

import jp.shingikai.app.problems.NotFoundException;

/**
 * The API address of each step that is taken by posting its form alone ({@code formal-review} → 形式審査's task key), so
 * that one endpoint serves every such step of a case type.
 */
public record StepAddresses(Map<String, String> taskKeys) {

    /** The task key posted to at this address; an address no step has is answered 404. */
    public String require(String address) {
        String taskKey = taskKeys.get(address);
        if (taskKey == null) {
            throw new NotFoundException("手続", address);
        }
        return taskKey;
    }
}
