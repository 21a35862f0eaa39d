package jp.shingikai.app.publication;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.documents.MinutesPapers;
import jp.shingikai.app.documents.StoredDocument;
import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingCalendar;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.minutes.Minutes;
import jp.shingikai.app.minutes.MinutesEdition;
import jp.shingikai.app.minutes.MinutesEdition.Audience;
import jp.shingikai.app.minutes.MinutesService;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.system.FileResponses;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 公開ポータル, with no sign-in: a council's 開催案内 and its published 会議録 (公開版 only), as pages, an Atom feed and a
 * calendar.
 */
@Controller
@RequiredArgsConstructor
class PublicPortal {

    private final CouncilDirectory councils;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final MinutesPapers papers;

    /** A 開催案内 as the public reads it: the open 議題 by title, the closed ones only by how many and why. */
    record Notice(Meeting meeting, List<AgendaItem> openItems, List<String> closedReasons, Integer publicSeats,
            String shortNoticeReason) {
    }

    @GetMapping("/public/{code}")
    String portal(@PathVariable String code, Model model) {
        Council council = council(code);
        model.addAttribute("council", council);
        model.addAttribute("notices", notices(council));
        model.addAttribute("minutes", minutes.published(council.id()));
        return "publication/portal";
    }

    @GetMapping("/public/{code}/minutes/{id}")
    String minutes(@PathVariable String code, @PathVariable long id, Model model) {
        Council council = council(code);
        model.addAttribute("council", council);
        Minutes published = published(council, id);
        model.addAttribute("minutes", minutes.latestEdition(id, Audience.PUBLIC));
        model.addAttribute("minutesId", id);
        model.addAttribute("files", papers.publicSet(published));
        return "publication/minutes";
    }

    /** A file of the public set: the 次第, a 資料, a 答申書 or the 会議録（公開版）, as .docx or the bound PDF. */
    @GetMapping("/public/{code}/minutes/{id}/files/{documentId}")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long id, @PathVariable long documentId) {
        StoredDocument file = papers.publicFile(published(council(code), id), documentId);
        return FileResponses.attachment(file.fileName(), file.mediaType(), file.sha256(), papers.content(file));
    }

    @GetMapping(value = "/public/{code}/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    @ResponseBody
    String feed(@PathVariable String code) {
        Council council = council(code);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(council.name() + "（" + council.municipality() + "）");
        feed.setLink("/public/" + code);
        feed.setDescription(council.name() + "の開催案内と会議録");
        feed.setLanguage("ja");
        List<SyndEntry> entries = new ArrayList<>();
        for (Notice notice : notices(council)) {
            entries.add(entry("【開催案内】" + notice.meeting().label() + "（" + notice.meeting().when() + "）",
                    "/public/" + code, noticeText(notice), notice.meeting().id()));
        }
        for (Minutes published : minutes.published(council.id())) {
            MinutesEdition version = minutes.latestEdition(published.id(), Audience.PUBLIC);
            entries.add(entry("【会議録】" + version.name(), "/public/" + code + "/minutes/" + published.id(), version.allText(),
                    published.id()));
        }
        feed.setEntries(entries);
        feed.setPublishedDate(new Date());
        try {
            StringWriter out = new StringWriter();
            new SyndFeedOutput().output(feed, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The meetings whose 開催案内 is public, for residents' calendars. */
    @GetMapping("/public/{code}/meetings.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String code) {
        Council council = council(code);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(MeetingCalendar.of(meetings.withPublishedNotice(council.id()), council).getBytes(StandardCharsets.UTF_8));
    }

    private List<Notice> notices(Council council) {
        return meetings.withPublishedNotice(council.id()).stream().map(meeting -> {
            List<AgendaItem> agenda = meetings.agenda(meeting.id());
            return new Notice(meeting, agenda.stream().filter(item -> !item.closed()).toList(),
                    agenda.stream().filter(AgendaItem::closed).map(AgendaItem::closedReason).toList(),
                    meetings.publicSeats(meeting.id()).orElse(null), meetings.shortNoticeReason(meeting.id()).orElse(null));
        }).toList();
    }

    private static String noticeText(Notice notice) {
        StringBuilder text = new StringBuilder("日時：" + notice.meeting().when() + "　場所：" + notice.meeting().place()
                + (notice.publicSeats() == null ? "" : "　傍聴定員：" + notice.publicSeats() + "人") + "　議題：");
        notice.openItems().forEach(item -> text.append(item.title()).append("　"));
        notice.closedReasons().forEach(reason -> text.append("非公開の議題（").append(reason).append("）　"));
        if (notice.shortNoticeReason() != null) {
            text.append("急施の理由：").append(notice.shortNoticeReason());
        }
        return text.toString();
    }

    private Minutes published(Council council, long id) {
        return minutes.published(council.id(), id).orElseThrow(() -> new NotFoundException("公開されている会議録", id));
    }

    private Council council(String code) {
        return councils.councilByCode(code).orElseThrow(() -> new NotFoundException("審議会", code));
    }

    private static SyndEntry entry(String title, String link, String text, long id) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(title);
        entry.setLink(link);
        entry.setUri("urn:shingikai:" + link + "#" + id);
        SyndContentImpl content = new SyndContentImpl();
        content.setType("text/plain");
        content.setValue(text);
        entry.setContents(List.of(content));
        entry.setUpdatedDate(new Date());
        return entry;
    }
}
