package jp.shingikai.app.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;

import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.SignedInUsers;
import jp.shingikai.app.web.PageSliceTest;
import jp.shingikai.app.workflow.RuleSet;
import jp.shingikai.forms.FieldError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The 諮問 pages alone: the draft form's binding and refusals, and a step that is not the person's. */
@WebMvcTest(ConsultationPages.class)
class ConsultationPagesTest extends PageSliceTest {

    private static final RequestPostProcessor DRAFTER = SignedInUsers.as("kankyo", "資源循環課 担当", Role.DEPARTMENT, "kankyo");

    @MockitoBean
    ConsultationService consultations;
    @MockitoBean
    ConsultationSteps steps;
    @MockitoBean
    ConsultationAccess access;
    @MockitoBean
    PreMeetingQuestions questions;
    @MockitoBean
    ConsultationPage casePage;
    @MockitoBean
    ConsultationGrounds grounds;

    @BeforeEach
    void rulesOfToday() {
        when(grounds.ruleSetForNewDraft(any())).thenReturn(new RuleSet("kodaira-act",
                "個人情報の保護に関する法律第129条及び小平市個人情報の保護に関する法律施行条例", RuleSet.Era.ACT));
    }

    @Test
    void aWrongDateIsShownBesideItsFieldWithEverythingTypedKept() throws Exception {
        when(steps.create(any(), any())).thenThrow(new InvalidInputException(List.of(new FieldError("/plannedStart",
                "実施予定日", "「実施予定日」は日付（例: 令和4年3月15日）で入力してください。", "format"))));

        mvc.perform(post("/consultations/new").with(DRAFTER).with(csrf()).param("action", "save")
                        .param("/title", "市民意識調査について").param("/plannedStart", "令和4年13月1日"))
                .andExpect(status().isOk())
                .andExpect(showing("「実施予定日」は日付（例: 令和4年3月15日）で入力してください。", "令和4年13月1日", "市民意識調査について", "入力内容に誤りがあります（1件）"));
    }

    @Test
    void theTypedFormReachesTheStepsAsTheSchemaTypesIt() throws Exception {
        when(steps.create(any(), any())).thenAnswer(call -> consultation());

        mvc.perform(post("/consultations/new").with(DRAFTER).with(csrf()).param("action", "save")
                        .param("/title", "市民意識調査について").param("/supervisorReviewRequired", "true"))
                .andExpect(redirectedUrl("/consultations/3"));
        verify(steps).create(any(), argThat(draft -> draft.path("title").asText()
                .equals("市民意識調査について") && draft.path("supervisorReviewRequired").isBoolean()));
        verify(steps, never()).submit(any(), eq(3L), any());
    }

    @Test
    void someoneElsesStepIsRefusedWithTheReasonInJapanese() throws Exception {
        when(consultations.get(any(), eq(3L))).thenReturn(consultation());
        when(workflow.taskFor(any(), anyString(), eq("formalReview"))).thenThrow(new ForbiddenException("「形式審査」はあなたの担当ではありません。"));

        mvc.perform(post("/consultations/3/steps/formalReview").with(DRAFTER).with(csrf()).param("/outcome", "ACCEPTED"))
                .andExpect(status().isForbidden())
                .andExpect(showing("「形式審査」はあなたの担当ではありません。"))
                .andExpect(content().string(not(containsString("Whitelabel"))));
        verify(steps, never()).take(any(), eq(3L), anyString(), any());
    }

    private static Consultation consultation() {
        OffsetDateTime now = OffsetDateTime.now();
        return new Consultation(3, 1, "kankyo", "市民意識調査について", ConsultationStatus.DRAFT, null, null, null, null, "p-3",
                "kankyo", now, now, 0, List.of(), null);
    }
}
