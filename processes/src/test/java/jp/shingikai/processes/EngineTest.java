package jp.shingikai.processes;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.test.FlowableTest;
import org.junit.jupiter.api.BeforeEach;

/** The engine of Flowable's test extension, with the mocked delegates reset before each test. */
@FlowableTest
abstract class EngineTest {

    ProcessEngine engine;

    @BeforeEach
    void useEngine(ProcessEngine engine) {
        this.engine = engine;
        ConsultationSteps.resetDelegates(engine);
    }
}
