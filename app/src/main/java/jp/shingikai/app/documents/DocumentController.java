package jp.shingikai.app.documents;

import java.util.List;

import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.FileResponses;
import jp.shingikai.app.system.SubjectType;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The papers of consultations, reports and meetings, every version downloadable. */
@RestController
@RequiredArgsConstructor
class DocumentController {

    private final DocumentService documents;
    private final MeetingPacket packet;
    private final MinutesPapers minutesPapers;

    /** Every version of every paper of a consultation, report, meeting, 会議録 or 第三者点検, for whoever may read it. */
    @GetMapping("/api/{subjects:consultations|reports|meetings|minutes|assessment-reviews}/{id}/documents")
    List<StoredDocument> of(@AuthenticationPrincipal SignedInUser user, @PathVariable String subjects, @PathVariable long id) {
        return documents.documents(user.user(), SubjectType.ofPathSegment(subjects).orElseThrow(), id);
    }

    /** Makes the 会議録's files again, after a failure had left them out. */
    @PostMapping("/api/minutes/{id}/documents")
    ResponseEntity<List<StoredDocument>> rebuildMinutesPapers(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(minutesPapers.rebuild(user.user(), id));
    }

    /** 会議資料: the 次第 and every item's papers, as a .zip and a PDF. */
    @PostMapping("/api/meetings/{id}/packet")
    ResponseEntity<List<StoredDocument>> buildPacket(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(packet.build(user.user(), id));
    }

    /** 配布: the members may read the packet from now on. */
    @PostMapping("/api/meetings/{id}/distribution")
    Meeting distribute(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return packet.distribute(user.user(), id);
    }

    @GetMapping("/api/documents/{id}/content")
    ResponseEntity<byte[]> content(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        StoredDocument document = documents.document(user.user(), id);
        return FileResponses.attachment(document.fileName(), document.mediaType(), document.sha256(),
                documents.download(user.user(), document));
    }
}
