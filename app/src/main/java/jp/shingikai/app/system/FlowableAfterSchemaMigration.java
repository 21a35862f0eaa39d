package jp.shingikai.app.system;

import java.util.Set;

import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.dmn.engine.DmnEngine;
import org.flowable.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Flowable creates its tables when its engines are built. Flyway refuses to migrate a schema that already has tables
 * but no history, so the engines must wait until Flyway has run.
 */
class FlowableAfterSchemaMigration extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(AbstractEngineConfiguration.class, ProcessEngine.class, DmnEngine.class);
    }
}
