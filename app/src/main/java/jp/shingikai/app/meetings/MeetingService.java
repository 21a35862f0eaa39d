package jp.shingikai.app.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.council.CouncilMember;
import jp.shingikai.app.meetings.internal.MeetingRepository;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.problems.StaleEditException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.problems.Versions;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.japanese.FiscalYear;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.japanese.Wareki;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 会議: planning meetings, their members and agenda, and holding them. */
@Service
@RequiredArgsConstructor
public class MeetingService {

    /** The length of the column that keeps 急施の理由. */
    private static final int MAX_REASON_LENGTH = 400;

    private final MeetingRepository meetings;
    private final MeetingAttendance attendance;
    private final CouncilDirectory councils;
    private final Workflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeetingProperties properties;

    @Transactional
    public Meeting plan(CurrentUser actor, NewMeeting request) {
        requireSecretariat(actor, "会議の登録");
        Council council = councils.councilByCode(request.councilCode())
                .orElseThrow(() -> new InvalidInputException("/councilCode", "審議会", "指定された審議会がありません。"));
        FiscalYear fiscalYear = FiscalYear.of(request.heldOn());
        if (meetings.exists(council.id(), fiscalYear.startYear(), request.number())) {
            throw new StateConflictException(fiscalYear.label() + " 第" + request.number() + "回の会議は既に登録されています。");
        }
        List<CouncilMember> members = councils.membersByIds(request.memberIds());
        if (members.size() != request.memberIds().size() || members.stream().anyMatch(m -> m.councilId() != council.id())) {
            throw new InvalidInputException("/memberIds", "出席委員", "この審議会の委員でない人が含まれています。");
        }
        long id = meetings.insert(council.id(), fiscalYear.startYear(), request.number(), request.heldOn(),
                request.startsAt(), request.place(), request.publicSeats());
        members.forEach(member -> meetings.addMember(id, member.id()));
        Meeting planned = meeting(id);
        events.publishEvent(new MeetingPlanned(id, planned.label(), actor.username()));
        return planned;
    }

    public Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("会議", id));
    }

    public List<Meeting> meetings() {
        return meetings.all();
    }

    public List<CouncilMember> members(long meetingId) {
        return councils.membersByIds(meetings.memberIds(meetingId));
    }

    public List<AgendaItem> agenda(long meetingId) {
        meeting(meetingId);
        return meetings.agenda(meetingId);
    }

    /** A case or report goes only on a meeting of its own council that has not been held. */
    public Meeting requirePlanned(long meetingId, long councilId) {
        Meeting meeting = meetings.find(meetingId)
                .orElseThrow(() -> new InvalidInputException("/meetingId", "審議する会議", "指定された会議がありません。"));
        if (meeting.councilId() != councilId) {
            throw new InvalidInputException("/meetingId", "審議する会議", "この審議会の会議ではありません。");
        }
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new StateConflictException(meeting.label() + "の会議は既に開催済みのため、議事を追加できません。");
        }
        return meeting;
    }

    /**
     * 配布: the packet goes to the members, who can read the meeting's papers from now on. Called once the packet has
     * been built; a later rebuild is distributed again.
     */
    @Transactional
    public Meeting distribute(CurrentUser actor, long meetingId) {
        requireSecretariat(actor, "会議資料の配布");
        Meeting meeting = meeting(meetingId);
        if (meeting.status() == MeetingStatus.HELD) {
            throw new StateConflictException(meeting.label() + "の会議は開催済みのため、資料は配布できません。");
        }
        meetings.markDistributed(meetingId, OffsetDateTime.now(clock));
        events.publishEvent(new PacketDistributed(meetingId, meeting.label(), actor.username()));
        return meeting(meetingId);
    }

    /** 議事の並べ替え: {@code order} lists the current 資料 numbers in their new order, before the packet goes out. */
    @Transactional
    public List<AgendaItem> reorder(CurrentUser actor, long meetingId, List<Integer> order) {
        requireSecretariat(actor, "議事の並べ替え");
        Meeting meeting = meeting(meetingId);
        if (meeting.status() == MeetingStatus.HELD || meeting.isDistributed()) {
            throw new StateConflictException(meeting.label() + "の資料は配布済みのため、議事の順番は変えられません。");
        }
        List<Integer> current = agenda(meetingId).stream().map(AgendaItem::handoutNumber).sorted().toList();
        if (order == null || !order.stream().sorted().toList().equals(current)) {
            throw new InvalidInputException("/order", "議事の順番", "議事の順番には、今の資料番号（" + current
                    + "）をそれぞれ一度ずつ並べてください。");
        }
        meetings.renumber(meetingId, order);
        return agenda(meetingId);
    }

    /** A member reads a meeting's papers once they are distributed, and only for the meetings they sit on. */
    public boolean papersVisibleTo(long meetingId, String username) {
        return meeting(meetingId).isDistributed() && isMember(meetingId, username);
    }

    /** Whether this person sits on the meeting as a council member. */
    public boolean isMember(long meetingId, String username) {
        return members(meetingId).stream().anyMatch(member -> member.username().equals(username));
    }

    /** 公開/非公開 of one 議題; closing one needs the reason the public is told. */
    @Transactional
    public AgendaItem setOpenness(CurrentUser actor, long meetingId, int handoutNumber, boolean closed, String reason) {
        requireSecretariat(actor, "議題の公開・非公開の設定");
        meeting(meetingId);
        String why = reason == null ? "" : JapaneseText.clean(reason);
        if (closed && why.isEmpty()) {
            throw new InvalidInputException("/closedReason", "非公開とする理由", "非公開とする理由を入力してください（例: 個人情報を含むため）。");
        }
        if (!meetings.setOpenness(meetingId, handoutNumber, closed, closed ? why : null)) {
            throw new NotFoundException("資料" + handoutNumber + "の議題", meetingId);
        }
        return agenda(meetingId).stream().filter(item -> item.handoutNumber() == handoutNumber).findFirst().orElseThrow();
    }

    /** 開催案内: the meeting's notice goes to the public portal. */
    @Transactional
    public Meeting publishNotice(CurrentUser actor, long meetingId, String shortNoticeReason) {
        requireSecretariat(actor, "開催案内の公開");
        Meeting meeting = meeting(meetingId);
        LocalDate today = LocalDate.now(clock);
        if (!meeting.heldOn().isAfter(today)) {
            throw new StateConflictException("開催日を過ぎた会議の開催案内は公開できません。");
        }
        long daysAhead = ChronoUnit.DAYS.between(today, meeting.heldOn());
        String reason = JapaneseText.clean(shortNoticeReason == null ? "" : shortNoticeReason);
        if (daysAhead < properties.noticeDays() && reason.isEmpty()) {
            throw new InvalidInputException("/shortNoticeReason", "急施の理由", "開催日（" + Wareki.format(meeting.heldOn())
                    + "）まで" + daysAhead + "日です。開催案内は開催日の" + properties.noticeDays()
                    + "日前までに公開します。これより遅れて公開するときは、急施の理由を入力してください。");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("/shortNoticeReason", "急施の理由", "「急施の理由」は" + MAX_REASON_LENGTH + "文字以内で入力してください。");
        }
        meetings.publishNotice(meetingId, OffsetDateTime.now(clock), reason.isEmpty() ? null : reason);
        return meeting(meeting.id());
    }

    /** 急施の理由, when the 開催案内 went out later than the notice period before the meeting. */
    public Optional<String> shortNoticeReason(long meetingId) {
        return meetings.shortNoticeReason(meetingId);
    }

    /** 傍聴定員 of the meeting, if one was given. */
    public Optional<Integer> publicSeats(long meetingId) {
        return meetings.publicSeats(meetingId);
    }

    /** The meetings of a council whose 開催案内 is public, the latest first. */
    public List<Meeting> withPublishedNotice(long councilId) {
        return meetings.withPublishedNotice(councilId).stream().map(this::meeting).toList();
    }

    /** Puts a case or report on the meeting's agenda, once; returns its 資料 number. */
    @Transactional
    public AgendaItem placeOnAgenda(long meetingId, SubjectType subjectType, long subjectId, String title) {
        AgendaItem item = meetings.agendaItem(meetingId, subjectType, subjectId)
                .orElseGet(() -> meetings.append(meetingId, subjectType, subjectId, title));
        events.publishEvent(new PlacedOnAgenda(item));
        return item;
    }

    /**
     * The meeting took place with its quorum: every case and report on its agenda moves on to its answer or closing. A
     * meeting whose attendance is not recorded, or whose members present fall short of the quorum, was not held.
     */
    @Transactional
    public Meeting hold(CurrentUser actor, long meetingId, Integer expectedVersion) {
        requireSecretariat(actor, "会議の開催記録");
        Meeting meeting = meeting(meetingId);
        Versions.require("会議", expectedVersion, meeting.version());
        if (meeting.status() == MeetingStatus.HELD) {
            throw new StateConflictException(meeting.label() + "の会議は既に開催済みとして記録されています。");
        }
        if (attendance.attendance(meetingId).isEmpty()) {
            throw new StateConflictException(meeting.label() + "の出欠がまだ記録されていません。先に出欠を記録してください。");
        }
        Quorum quorum = attendance.quorum(meetingId);
        if (!quorum.isMet()) {
            throw new StateConflictException("出席した委員は" + quorum.attending() + "人で、定足数（" + quorum.rule()
                    + "）に達していないため、" + meeting.label() + "の会議は成立していません。開催の記録はできません。");
        }
        if (!meetings.updateStatus(meetingId, meeting.version(), MeetingStatus.HELD)) {
            throw new StaleEditException("会議", meeting.version(), meeting(meetingId).version());
        }
        workflow.meetingHeld(meetingId);
        events.publishEvent(new MeetingHeld(meetingId, actor.username()));
        return meeting(meetingId);
    }

    private static void requireSecretariat(CurrentUser actor, String action) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("「" + action + "」は事務局が行います。");
        }
    }
}
