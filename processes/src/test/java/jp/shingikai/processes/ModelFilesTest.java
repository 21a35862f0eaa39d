package jp.shingikai.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model files open in any BPMN modeler: schema-valid, engine-valid, and every element drawn. */
class ModelFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"consultation/consultation.bpmn20.xml", "consultation/report.bpmn20.xml", "minutes/minutes.bpmn20.xml"})
    void everyElementHasADiagramShapeAndTheModelValidates(String file) throws Exception {
        BpmnModel model = read(file);

        assertThat(new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)).isEmpty();
        List<FlowElement> elements = new ArrayList<>();
        model.getProcesses().forEach(process -> collect(process, elements));
        for (FlowElement element : elements) {
            if (element instanceof SequenceFlow) {
                assertThat(model.getFlowLocationGraphicInfo(element.getId())).as("edge of %s", element.getId()).isNotEmpty();
            } else {
                assertThat(model.getGraphicInfo(element.getId())).as("shape of %s", element.getId()).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"consultation/consultation.bpmn20.xml", "consultation/report.bpmn20.xml", "minutes/minutes.bpmn20.xml"})
    void everyUserTaskHasAJapaneseNameAndAForm(String file) throws Exception {
        List<FlowElement> elements = new ArrayList<>();
        read(file).getProcesses().forEach(process -> collect(process, elements));

        assertThat(elements).filteredOn(UserTask.class::isInstance).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getName()).as("name of %s", task.getId()).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
            assertThat(((UserTask) task).getFormKey()).as("form of %s", task.getId()).isNotBlank();
        });
    }

    private static void collect(FlowElementsContainer container, List<FlowElement> into) {
        for (FlowElement element : container.getFlowElements()) {
            into.add(element);
            if (element instanceof FlowElementsContainer nested) {
                collect(nested, into);
            }
        }
    }

    private static BpmnModel read(String file) throws Exception {
        BpmnXMLConverter converter = new BpmnXMLConverter();
        try (InputStream schemaCheck = resource(file); InputStream in = resource(file)) {
            XMLStreamReader validating = XMLInputFactory.newInstance().createXMLStreamReader(schemaCheck, "UTF-8");
            converter.validateModel(validating);
            return converter.convertToBpmnModel(XMLInputFactory.newInstance().createXMLStreamReader(in, "UTF-8"));
        }
    }

    private static InputStream resource(String file) {
        InputStream in = ModelFilesTest.class.getClassLoader().getResourceAsStream("processes/" + file);
        assertThat(in).as(file).isNotNull();
        return in;
    }
}
