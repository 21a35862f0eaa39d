package jp.shingikai.app.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.council.CouncilMember;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.web.SubjectPage;
import jp.shingikai.app.web.TypedDates;
import jp.shingikai.forms.FieldError;
import jp.shingikai.japanese.JapaneseText;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 会議: the secretariat registers 第N回 with its date, place and members, orders the agenda, builds and distributes
 * the packet and records that the meeting was held; a member finds the meetings they sit on and, once distributed,
 * their packet.
 */
@Controller
@RequestMapping("/meetings")
@RequiredArgsConstructor
class MeetingPages {

    private final MeetingProperties properties;
    private final MeetingService meetings;
    private final MeetingAttendance attendance;
    private final CouncilDirectory councils;
    private final SubjectPage page;
    private final Validator validator;

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        return listPage(user.user(), model, Map.of(), Map.of());
    }

    private String listPage(CurrentUser user, Model model, Map<String, String> typed, Map<String, String> errors) {
        boolean secretariat = user.has(Role.SECRETARIAT);
        List<Meeting> shown = meetings.meetings().stream()
                .filter(m -> secretariat || user.has(Role.SOUMU) || user.has(Role.VIEWER) || meetings.isMember(m.id(), user.username()))
                .toList();
        model.addAttribute("meetings", shown);
        model.addAttribute("canPlan", secretariat);
        model.addAttribute("councils", councils.councils());
        model.addAttribute("members", councils.councils().stream().flatMap(c -> councils.members(c.id()).stream()).toList());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "meetings/list";
    }

    /** 会議の登録. The date may be typed as 令和4年3月15日 or 2022-03-15, the time as 17:30. */
    @PostMapping
    String plan(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> params,
            @RequestParam(name = "memberIds", required = false) List<Long> memberIds, Model model, RedirectAttributes redirect) {
        if (!user.user().has(Role.SECRETARIAT)) {
            throw new ForbiddenException("会議の登録は事務局が行います。");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate heldOn = date(params.get("heldOn"), errors);
        LocalTime startsAt = time(params.get("startsAt"), errors);
        Integer number = number(params.get("number"), errors);
        Integer publicSeats = number(params.get("publicSeats"), errors, "publicSeats", "傍聴定員");
        NewMeeting request = new NewMeeting(params.get("councilCode"), number, heldOn, startsAt,
                JapaneseText.clean(params.getOrDefault("place", "")), memberIds == null ? List.of() : memberIds, publicSeats);
        for (ConstraintViolation<NewMeeting> violation : validator.validate(request)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (errors.isEmpty()) {
            try {
                Meeting planned = meetings.plan(user.user(), request);
                redirect.addFlashAttribute("notice", planned.label() + "の会議を登録しました。");
                return "redirect:/meetings/" + planned.id();
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.putIfAbsent(error.field().substring(1), error.message()));
            }
        }
        model.addAttribute("problem", InvalidInputException.summary(errors.size()));
        return listPage(user.user(), model, params, errors);
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return meetingPage(model, user.user(), id, null, List.of());
    }

    /** 出欠の記録; a record that contradicts itself comes back as typed, with each contradiction named. */
    @PostMapping("/{id}/attendance")
    String recordAttendance(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        AttendanceForm typed = AttendanceForm.typed(params, meetings.members(id).stream().map(CouncilMember::id).toList());
        try {
            attendance.record(user.user(), id, typed.attendance());
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
            return meetingPage(model, user.user(), id, typed, e.errors());
        }
        Quorum quorum = attendance.quorum(id);
        redirect.addFlashAttribute("notice", "出欠を記録しました。出席" + quorum.attending() + "人（定足数 " + quorum.rule() + "）"
                + (quorum.isMet() ? "で、会議は成立しています。" : "で、定足数に達していません。"));
        return "redirect:/meetings/" + id;
    }

    private String meetingPage(Model model, CurrentUser me, long id, AttendanceForm typed, List<FieldError> attendanceErrors) {
        Meeting meeting = meetings.meeting(id);
        boolean member = meetings.isMember(id, me.username());
        if (!(me.has(Role.SECRETARIAT) || me.has(Role.SOUMU) || me.has(Role.VIEWER) || member)) {
            throw new ForbiddenException("この会議の委員ではないため表示できません。");
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("council", councils.council(meeting.councilId()));
        model.addAttribute("members", meetings.members(id));
        model.addAttribute("agenda", meetings.agenda(id));
        model.addAttribute("secretariat", me.has(Role.SECRETARIAT));
        model.addAttribute("noticeDays", properties.noticeDays());
        boolean papersVisible = !member || meetings.papersVisibleTo(id, me.username()) || me.has(Role.SECRETARIAT);
        model.addAttribute("papers", papersVisible ? page.papers(me, SubjectType.MEETING, id) : List.of());
        model.addAttribute("papersVisible", papersVisible);
        model.addAttribute("distributedAt", meeting.isDistributed() ? page.when(meeting.distributedAt()) : null);
        Optional<Attendance> recorded = attendance.attendance(id);
        model.addAttribute("attendance", recorded.orElse(null));
        model.addAttribute("quorum", recorded.isPresent() ? attendance.quorum(id) : null);
        model.addAttribute("attendanceForm", typed != null ? typed : AttendanceForm.of(recorded.orElse(null)));
        model.addAttribute("attendanceErrors", attendanceErrors);
        model.addAttribute("statuses", Attendance.AttendanceStatus.values());
        model.addAttribute("absenceReasons", Attendance.AbsenceReason.values());
        return "meetings/show";
    }

    @PostMapping("/{id}/held")
    String held(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
            RedirectAttributes redirect) {
        meetings.hold(user.user(), id, version);
        redirect.addFlashAttribute("notice", "開催を記録しました。各議事の答申を記録してください。");
        return "redirect:/meetings/" + id;
    }

    /** 公開/非公開 of one 議題; closing it without a reason comes back with the reason asked for. */
    @PostMapping("/{id}/agenda/{handout}/openness")
    String openness(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int handout,
            @RequestParam(defaultValue = "false") boolean closed, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect) {
        try {
            meetings.setOpenness(user.user(), id, handout, closed, reason);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.errors().get(0).message());
            return meetingPage(model, user.user(), id, null, List.of());
        }
        redirect.addFlashAttribute("notice", "資料" + handout + "の議題を" + (closed ? "非公開" : "公開") + "にしました。");
        return "redirect:/meetings/" + id;
    }

    /** 開催案内 to the public portal. */
    @PostMapping("/{id}/notice")
    String publishNotice(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String shortNoticeReason, Model model, RedirectAttributes redirect) {
        try {
            meetings.publishNotice(user.user(), id, shortNoticeReason);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.errors().get(0).message());
            return meetingPage(model, user.user(), id, null, List.of());
        }
        redirect.addFlashAttribute("notice", "開催案内を公開しました。");
        return "redirect:/meetings/" + id;
    }

    /** Moves one agenda item up or down by one place. */
    @PostMapping("/{id}/agenda/{handout}/{direction}")
    String move(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int handout,
            @PathVariable String direction, RedirectAttributes redirect) {
        List<Integer> order = new ArrayList<>(meetings.agenda(id).stream().map(AgendaItem::handoutNumber).toList());
        int at = order.indexOf(handout);
        int to = direction.equals("up") ? at - 1 : at + 1;
        boolean moves = at >= 0 && to >= 0 && to < order.size();
        if (moves) {
            order.set(at, order.get(to));
            order.set(to, handout);
        }
        // Called even for a move that changes nothing, so that who may reorder is always checked.
        meetings.reorder(user.user(), id, order);
        if (moves) {
            redirect.addFlashAttribute("notice", "議事の順番を変更しました。資料番号は会議資料の作成時に付け直されます。");
        }
        return "redirect:/meetings/" + id;
    }

    private static LocalDate date(String text, Map<String, String> errors) {
        Optional<LocalDate> date = TypedDates.parse(text);
        if (date.isEmpty() && text != null && !text.isBlank()) {
            errors.put("heldOn", "「開催日」は「令和4年3月15日」のように入力してください。");
        }
        return date.orElse(null);
    }

    private static LocalTime time(String text, Map<String, String> errors) {
        String value = JapaneseText.clean(text == null ? "" : text);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            errors.put("startsAt", "「開始時刻」は「17:30」のように入力してください。");
            return null;
        }
    }

    private static Integer number(String text, Map<String, String> errors) {
        return number(text, errors, "number", "回");
    }

    /** A whole number typed in half-width or full-width digits; anything else is named beside its field. */
    private static Integer number(String text, Map<String, String> errors, String field, String label) {
        String value = JapaneseText.clean(text == null ? "" : text);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(field, "「" + label + "」は数字で入力してください。");
            return null;
        }
    }
}
