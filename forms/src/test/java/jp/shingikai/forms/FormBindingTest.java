package jp.shingikai.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** A submitted page form becomes the same JSON document an API client would send. */
class FormBindingTest {

    private final FormDefinitions forms = new FormDefinitions();

    @Test
    void inputsNamedByPointerBecomeTheDocumentTypedAsTheSchemaSays() {
        ObjectNode bound = formalReview("/outcome", "RETURNED", "/checklist/titleAndReason", "true",
                "/returnReasons/0/section", " 安全対策 ", "/returnReasons/0/reason", "委託先の監督が書かれていない");

        assertThat(bound.path("outcome").asText()).isEqualTo("RETURNED");
        assertThat(bound.path("checklist").path("titleAndReason").isBoolean()).isTrue();
        assertThat(bound.path("checklist").path("titleAndReason").asBoolean()).isTrue();
        assertThat(bound.path("checklist").path("safeguardsDescribed").asBoolean(true)).isFalse();
        assertThat(bound.path("returnReasons")).hasSize(1);
        assertThat(bound.path("returnReasons").get(0).path("section").asText()).isEqualTo("安全対策");
    }

    @Test
    void emptyInputsAndTheEmptyExtraRowAreLeftOutAsAnApiClientWouldLeaveThemOut() {
        ObjectNode bound = formalReview("/outcome", "ACCEPTED", "/comment", "", "/returnReasons/0/section", "",
                "/returnReasons/0/reason", "");

        assertThat(bound.has("comment")).isFalse();
        assertThat(bound.path("returnReasons").size()).isZero();
    }

    @Test
    void aNumberThatIsNoneIsPassedOnAsTypedForTheValidatorToName() {
        ObjectNode bound = FormBinding.bind(forms.schema("meeting-assignment"), Map.of("/meetingId", List.of("三")));

        assertThat(bound.path("meetingId").asText()).isEqualTo("三");
        assertThat(forms.validate("meeting-assignment", bound).errors()).extracting(FieldError::field).contains("/meetingId");
    }

    @Test
    void ticksOfACheckboxGroupBecomeAnArray() {
        ObjectNode bound = FormBinding.bind(forms.schema("registry-update"), Map.of(
                "/change", List.of("START"),
                "/recordedItems/basic", List.of("氏名", "住所")));

        assertThat(bound.path("recordedItems").path("basic")).extracting(node -> node.asText()).containsExactly("氏名", "住所");
    }

    /** The 形式審査 form as a browser posts it: each input (named by its pointer) with the one value typed into it. */
    private ObjectNode formalReview(String... pointersAndValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < pointersAndValues.length; i += 2) {
            params.put(pointersAndValues[i], List.of(pointersAndValues[i + 1]));
        }
        return FormBinding.bind(forms.schema("formal-review"), params);
    }
}
