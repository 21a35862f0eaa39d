package jp.shingikai.app.meetings;

import java.util.List;

import jakarta.validation.Valid;
import jp.shingikai.app.council.CouncilMember;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meetings")
@RequiredArgsConstructor
class MeetingController {

    private final MeetingService meetings;
    private final MeetingAttendance attendance;

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MeetingView plan(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody NewMeeting request) {
        return view(meetings.plan(user.user(), request));
    }

    @GetMapping
    List<MeetingView> list() {
        return meetings.meetings().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    MeetingView get(@PathVariable long id) {
        return view(meetings.meeting(id));
    }

    @PostMapping("/{id}/held")
    MeetingView held(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Integer version) {
        return view(meetings.hold(user.user(), id, version));
    }

    /** 公開/非公開 of one 議題: {@code {"closed": true, "reason": "個人情報を含むため"}}. */
    @PutMapping("/{id}/agenda/{handout}/openness")
    AgendaItem openness(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int handout,
            @RequestBody Openness openness) {
        return meetings.setOpenness(user.user(), id, handout, openness.closed(), openness.reason());
    }

    /**
     * 開催案内: releases the meeting's notice to the public portal. Later than the notice period before the meeting, it
     * needs {@code {"shortNoticeReason": "..."}}.
     */
    @PostMapping("/{id}/notice")
    MeetingView publishNotice(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody(required = false) Notice notice) {
        return view(meetings.publishNotice(user.user(), id, notice == null ? null : notice.shortNoticeReason()));
    }

    record Notice(String shortNoticeReason) {
    }

    /** 出欠の記録 (or its correction, until the meeting is held), with the quorum it gives. */
    @PutMapping("/{id}/attendance")
    AttendanceView recordAttendance(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody Attendance record) {
        return new AttendanceView(attendance.record(user.user(), id, record), attendance.quorum(id));
    }

    @GetMapping("/{id}/attendance")
    AttendanceView attendance(@PathVariable long id) {
        Attendance recorded = attendance.attendance(id)
                .orElseThrow(() -> new NotFoundException("出欠の記録", id));
        return new AttendanceView(recorded, attendance.quorum(id));
    }

    /** 議事の並べ替え: the current 資料 numbers in their new order. */
    @PutMapping("/{id}/agenda")
    List<AgendaItem> reorder(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody AgendaOrder order) {
        return meetings.reorder(user.user(), id, order.order());
    }

    private MeetingView view(Meeting meeting) {
        return new MeetingView(meeting, meeting.label(), meeting.when(), meeting.status().label(),
                meetings.members(meeting.id()), meetings.agenda(meeting.id()));
    }

    record AgendaOrder(List<Integer> order) {
    }

    record Openness(boolean closed, String reason) {
    }

    /** The attendance with the quorum it gives the meeting. */
    record AttendanceView(Attendance attendance, Quorum quorum) {
    }

    /** A meeting with its 和暦 labels, members and agenda. */
    record MeetingView(Meeting meeting, String label, String when, String statusLabel, List<CouncilMember> members,
            List<AgendaItem> agenda) {
    }
}
