/**
 * The one step mechanism every case type runs through, the one door to Flowable, the case history and the delegates.
 */
@ApplicationModule(displayName = "ワークフロー (workflow)")
package jp.shingikai.app.workflow;

import org.springframework.modulith.ApplicationModule;
