package jp.shingikai.processes;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.flowable.engine.test.Deployment;

/** Deploys the consultation models for one test method (Flowable's extension reads deployments per method). */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Deployment(resources = {"processes/consultation/consultation.bpmn20.xml", "processes/consultation/report.bpmn20.xml",
        "processes/consultation/consultation-grounds.dmn"})
@interface DeployModels {
}
