package jp.shingikai.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.council.Department;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.meetings.MeetingStatus;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who sees a consultation and what they may do with it, as one rule the steps, the API and the pages share. The
 * meetings and the workflow are stood in for: this test isolates the rules.
 */
class ConsultationAccessTest {

    private static final long MEETING = 7;

    private final MeetingService meetings = mock(MeetingService.class);
    private final CouncilDirectory councils = mock(CouncilDirectory.class);
    private final Workflow workflow = mock(Workflow.class);
    private final ConsultationAccess access = new ConsultationAccess(meetings, councils, workflow);

    private final CurrentUser drafter = user("kankyo", Role.DEPARTMENT, "kankyo");
    private final CurrentUser otherDepartment = user("shimin", Role.DEPARTMENT, "shimin");
    private final CurrentUser soumu = user("soumu", Role.SOUMU, null);
    private final CurrentUser staff = user("etsuran", Role.VIEWER, null);
    private final CurrentUser member = user("iin-sato", Role.MEMBER, null);

    @ParameterizedTest
    @EnumSource(value = ConsultationStatus.class, names = {"DRAFT", "SUPERVISOR_REVIEW"})
    void aDraftIsItsDepartmentsAlone(ConsultationStatus status) {
        Consultation draft = consultation(status, null);

        assertThat(access.isVisible(drafter, draft)).isTrue();
        assertThat(access.isVisible(otherDepartment, draft)).isFalse();
        assertThat(access.isVisible(soumu, draft)).isFalse();
        assertThat(access.isVisible(staff, draft)).isFalse();
    }

    @Test
    void generalAffairsSeesACaseFromSubmissionAndStaffOnlyOnceItIsAccepted() {
        assertThat(access.isVisible(soumu, consultation(ConsultationStatus.SUBMITTED, null))).isTrue();
        assertThat(access.isVisible(staff, consultation(ConsultationStatus.SUBMITTED, null))).isFalse();
        assertThat(access.isVisible(staff, consultation(ConsultationStatus.RETURNED, null))).isFalse();
        assertThat(access.isVisible(staff, consultation(ConsultationStatus.ACCEPTED, null))).isTrue();
        assertThat(access.isVisible(staff, consultation(ConsultationStatus.WITHDRAWN, null))).isFalse();
    }

    @Test
    void aMemberSeesTheCaseOnceThePacketOfItsMeetingReachedThem() {
        Consultation scheduled = consultation(ConsultationStatus.SCHEDULED, MEETING);
        when(meetings.papersVisibleTo(MEETING, "iin-sato")).thenReturn(false);
        assertThat(access.isVisible(member, scheduled)).isFalse();

        when(meetings.papersVisibleTo(MEETING, "iin-sato")).thenReturn(true);
        assertThat(access.isVisible(member, scheduled)).isTrue();
    }

    @Test
    void theDrafterMayEditSubmitAndAttachOnlyWhileTheDraftIsWithThem() {
        assertThat(access.allowedActions(drafter, consultation(ConsultationStatus.RETURNED, null))).containsExactlyInAnyOrder(
                ConsultationAction.EDIT, ConsultationAction.SUBMIT, ConsultationAction.ATTACH, ConsultationAction.WITHDRAW);
        assertThat(access.allowedActions(drafter, consultation(ConsultationStatus.SUBMITTED, null)))
                .containsExactly(ConsultationAction.WITHDRAW);
        assertThat(access.allowedActions(otherDepartment, consultation(ConsultationStatus.DRAFT, null))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ConsultationStatus.class, names = {"DELIBERATED", "ANSWERED", "REGISTERED", "CLOSED", "WITHDRAWN"})
    void noWithdrawalOnceTheMeetingHasHeardTheCase(ConsultationStatus status) {
        assertThat(access.allowedActions(drafter, consultation(status, MEETING))).doesNotContain(ConsultationAction.WITHDRAW);
    }

    @Test
    void onlyAMemberOfTheMeetingAsksOnceThePapersAreDistributed() {
        Consultation scheduled = consultation(ConsultationStatus.SCHEDULED, MEETING);
        when(meetings.isMember(MEETING, "iin-sato")).thenReturn(true);
        when(meetings.meeting(MEETING)).thenReturn(meeting(null));
        assertThat(access.allowedActions(member, scheduled)).doesNotContain(ConsultationAction.ASK_QUESTION);

        when(meetings.meeting(MEETING)).thenReturn(meeting(OffsetDateTime.now()));
        assertThat(access.allowedActions(member, scheduled)).contains(ConsultationAction.ASK_QUESTION);
        assertThat(access.allowedActions(user("iin-other", Role.MEMBER, null), scheduled))
                .doesNotContain(ConsultationAction.ASK_QUESTION);
    }

    @Test
    void theImplementationReportIsOfferedOnceItsProcessIsDue() {
        Consultation registered = consultation(ConsultationStatus.REGISTERED, MEETING);
        when(workflow.implementationReportProcess("process-1")).thenReturn(Optional.empty());
        assertThat(access.allowedActions(drafter, registered)).doesNotContain(ConsultationAction.WRITE_REPORT);

        when(workflow.implementationReportProcess("process-1")).thenReturn(Optional.of("report-process"));
        assertThat(access.allowedActions(drafter, registered)).contains(ConsultationAction.WRITE_REPORT);
    }

    @Test
    void aRefusalNamesTheDepartmentTheCaseBelongsTo() {
        when(councils.department(anyString())).thenReturn(new Department("kankyo", 1, "環境部資源循環課"));

        assertThatThrownBy(() -> access.requireDrafter(otherDepartment, consultation(ConsultationStatus.DRAFT, null)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("環境部資源循環課");
    }

    private static CurrentUser user(String name, Role role, String department) {
        return new CurrentUser(name, name, Set.of(role), department);
    }

    private static Consultation consultation(ConsultationStatus status, Long meetingId) {
        OffsetDateTime now = OffsetDateTime.now();
        return new Consultation(1, 1, "kankyo", "市民意識調査について", status, null, 2022, 1, meetingId, "process-1", "kankyo",
                now, now, 0, List.of(), null);
    }

    private static Meeting meeting(OffsetDateTime distributedAt) {
        return new Meeting(MEETING, 1, 2022, 3, LocalDate.now().plusDays(10), LocalTime.of(17, 30), "庁議室",
                MeetingStatus.PLANNED, 0, distributedAt);
    }
}
