package jp.shingikai.app.workflow;

import java.time.Instant;

/**
 * A user task waiting in a process, as the features see it: no Flowable type leaves this package.
 *
 * @param key        the task's id in the BPMN model
 * @param formKey    the JSON Schema of its form ({@code forms/<formKey>.schema.json})
 * @param subject    what the process is about
 * @param questionId the 事前質問 a 回答 task answers, or null
 */
public record OpenStep(String taskId, String processInstanceId, String key, String name, String formKey, Instant createdAt,
        CaseVariables subject, Long questionId) {
}
