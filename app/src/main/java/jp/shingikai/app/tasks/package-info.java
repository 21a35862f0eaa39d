/**
 * The steps waiting for a person: the home page and the task API.
 */
@ApplicationModule(displayName = "タスク (tasks)")
package jp.shingikai.app.tasks;

import org.springframework.modulith.ApplicationModule;
