package jp.shingikai.app.reports;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.council.Department;
import jp.shingikai.app.meetings.MeetingChoices;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.StaleEditException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.SignedInUsers;
import jp.shingikai.app.web.PageSliceTest;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.processes.ReportKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The report pages alone: what a refused save shows, with the services behind them stood in for. */
@WebMvcTest(ReportPages.class)
class ReportPagesTest extends PageSliceTest {

    private static final RequestPostProcessor DRAFTER = SignedInUsers.as("shimin", "市民課 担当", Role.DEPARTMENT, "shimin");

    @MockitoBean
    ReportService reports;
    @MockitoBean
    ReportSteps steps;
    @MockitoBean
    ReportAccess access;
    @MockitoBean
    CouncilDirectory councils;
    @MockitoBean
    MeetingChoices meetingChoices;

    @BeforeEach
    void aReportInTheWorks() {
        OffsetDateTime now = OffsetDateTime.now();
        when(reports.get(any(), eq(5L))).thenReturn(new Report(5, 1, "shimin", ReportKind.AFTER_THE_FACT, null, "委託について",
                JsonNodeFactory.instance.objectNode().put("title", "委託について"), ReportStatus.DRAFT, null, "p-5", "shimin", now,
                now, 1));
        when(councils.department("shimin")).thenReturn(new Department("shimin", 1, "市民部市民課"));
        when(access.allowedActions(any(), any())).thenReturn(EnumSet.allOf(ReportAccess.ReportAction.class));
    }

    @Test
    void aStaleEditShowsTheFormAgainWithEverythingTypedAndWhy() throws Exception {
        when(steps.edit(any(), eq(5L), anyInt(), any())).thenThrow(new StaleEditException("この報告", 0, 1));

        mvc.perform(post("/reports/5/edit").with(DRAFTER).with(csrf()).param("version", "0")
                        .param("/title", "委託について（修正）").param("/summary", "窓口業務の一部を委託した。"))
                .andExpect(status().isOk())
                .andExpect(showing("他の人が先に更新しました", "委託について（修正）", "窓口業務の一部を委託した。"));
    }

    @Test
    void aFieldInErrorIsNamedBesideItAndTheRestIsKept() throws Exception {
        when(steps.edit(any(), eq(5L), anyInt(), any())).thenThrow(
                new InvalidInputException("/summary", "報告の概要", "「報告の概要」を入力してください。"));

        mvc.perform(post("/reports/5/edit").with(DRAFTER).with(csrf()).param("version", "1").param("/title", "委託について（修正）"))
                .andExpect(status().isOk())
                .andExpect(showing("「報告の概要」を入力してください。", "入力内容に誤りがあります（1件）", "委託について（修正）"));
    }

    @Test
    void aSavedEditGoesBackToTheReport() throws Exception {
        mvc.perform(post("/reports/5/edit").with(DRAFTER).with(csrf()).param("version", "1").param("/title", "委託について")
                        .param("/summary", "窓口業務の一部を委託した。"))
                .andExpect(redirectedUrl("/reports/5"));
    }

    @Test
    void theReportPageShowsItsHistoryInJapaneseWithPeoplesNames() throws Exception {
        when(reports.history(any(), anyLong())).thenReturn(List.of(new CaseHistory.Entry(1, HistoryAction.CREATED, "shimin", OffsetDateTime.now(), "DRAFT", null)));
        when(accounts.find("shimin")).thenReturn(Optional.of(new CurrentUser("shimin", "市民課 山田", Set.of(Role.DEPARTMENT),
                "shimin")));

        mvc.perform(get("/reports/5").with(DRAFTER))
                .andExpect(status().isOk())
                .andExpect(showing("起案", "市民課 山田", "報告を修正する"));
    }
}
