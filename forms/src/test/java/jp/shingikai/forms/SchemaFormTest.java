package jp.shingikai.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A form page is drawn from the schema the API validates with, so the page and the API cannot drift apart. */
class SchemaFormTest {

    private final FormDefinitions forms = new FormDefinitions();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachPropertyBecomesAFieldInSchemaOrderWithItsJapaneseTitleAndItsPointerAsName() {
        SchemaForm.Field form = SchemaForm.of(forms.schema("formal-review"), null, List.of(), Map.of());

        assertThat(form.kind()).isEqualTo("form");
        assertThat(form.label()).isEqualTo("形式審査");
        assertThat(form.children()).extracting(SchemaForm.Field::name)
                .startsWith("/checklist", "/outcome", "/returnReasons");
        SchemaForm.Field checklist = form.children().get(0);
        assertThat(checklist.kind()).isEqualTo("group");
        assertThat(checklist.section()).isEqualTo("確認事項");
        assertThat(checklist.children().get(0).name()).isEqualTo("/checklist/titleAndReason");
        assertThat(checklist.children().get(0).kind()).isEqualTo("checkbox");
    }

    @Test
    void aChoiceShowsItsLabelAndARadioWidgetIsARadio() throws Exception {
        SchemaForm.Field outcome = field(SchemaForm.of(forms.schema("formal-review"), json.readTree("{\"outcome\":\"RETURNED\"}"),
                List.of(), Map.of()), "/outcome");

        assertThat(outcome.kind()).isEqualTo("radio");
        assertThat(outcome.options()).extracting(SchemaForm.Option::label).containsExactly("受理", "差戻し");
        assertThat(outcome.isChosen("RETURNED")).isTrue();
        assertThat(outcome.shown()).isEqualTo("差戻し");
    }

    @Test
    void repeatedRowsShowEveryValueAndOneEmptyRowToAddAnother() throws Exception {
        JsonNode data = json.readTree("{\"returnReasons\":[{\"section\":\"安全対策\",\"reason\":\"委託先の監督が書かれていない\"}]}");

        SchemaForm.Field reasons = field(SchemaForm.of(forms.schema("formal-review"), data, List.of(), Map.of()), "/returnReasons");

        assertThat(reasons.kind()).isEqualTo("rows");
        assertThat(reasons.rows()).hasSize(2);
        assertThat(reasons.rows().get(0)).extracting(SchemaForm.Field::value).containsExactly("安全対策", "委託先の監督が書かれていない");
        assertThat(reasons.rows().get(1)).extracting(SchemaForm.Field::value).containsOnly("");
        assertThat(reasons.rows().get(1).get(0).name()).isEqualTo("/returnReasons/1/section");
    }

    @Test
    void anIsoDateIsShownInWarekiAndAWrongOneAsItWasTyped() throws Exception {
        JsonNode schema = forms.schema("registry-update");

        assertThat(field(SchemaForm.of(schema, json.readTree("{\"effectiveOn\":\"2019-05-01\"}"), List.of(), Map.of()),
                "/effectiveOn").value()).isEqualTo("令和元年5月1日");
        assertThat(field(SchemaForm.of(schema, json.readTree("{\"effectiveOn\":\"令和4年13月1日\"}"), List.of(), Map.of()),
                "/effectiveOn").value()).isEqualTo("令和4年13月1日");
    }

    @Test
    void errorsAreShownBesideTheirFieldAndTickedBoxesOfAGroupAreChosen() throws Exception {
        JsonNode data = json.readTree("{\"recordedItems\":{\"basic\":[\"氏名\",\"住所\"]}}");
        FieldError missing = new FieldError("/effectiveOn", "開始・変更・廃止の年月日", "「開始・変更・廃止の年月日」を入力してください。",
                "required");

        SchemaForm.Field form = SchemaForm.of(forms.schema("registry-update"), data, List.of(missing), Map.of());

        assertThat(field(form, "/effectiveOn").errors()).containsExactly(missing.message());
        assertThat(field(form, "/effectiveOn").hasErrors()).isTrue();
        SchemaForm.Field basic = field(form, "/recordedItems/basic");
        assertThat(basic.kind()).isEqualTo("checkbox-group");
        assertThat(basic.options()).filteredOn(SchemaForm.Option::chosen).extracting(SchemaForm.Option::value)
                .containsExactly("氏名", "住所");
    }

    @Test
    void aWidgetWhoseChoicesTheApplicationGivesBecomesASelect() {
        List<SchemaForm.Option> meetings = List.of(new SchemaForm.Option("7", "第3回（令和9年3月15日）", false));

        SchemaForm.Field meeting = field(SchemaForm.of(forms.schema("meeting-assignment"), null, List.of(),
                Map.of("meeting-select", meetings)), "/meetingId");

        assertThat(meeting.kind()).isEqualTo("select");
        assertThat(meeting.options()).isEqualTo(meetings);
    }

    static SchemaForm.Field field(SchemaForm.Field field, String name) {
        if (field.name().equals(name)) {
            return field;
        }
        for (SchemaForm.Field child : field.children()) {
            if (name.startsWith(child.name())) {
                SchemaForm.Field found = field(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
