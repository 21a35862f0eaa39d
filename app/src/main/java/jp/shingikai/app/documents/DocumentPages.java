package jp.shingikai.app.documents;

import java.io.IOException;

import jp.shingikai.app.cases.ConsultationPage;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.FileResponses;
import jp.shingikai.search.extraction.FileNames;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Papers from the pages: a download (under the same rules and audit record as through the API), an attachment to a
 * draft, and the meeting packet built and distributed.
 */
@Controller
@RequiredArgsConstructor
class DocumentPages {

    private final DocumentService documents;
    private final Attachments attachments;
    private final MeetingPacket packet;
    private final ConsultationPage casePage;

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        StoredDocument document = documents.document(user.user(), id);
        return FileResponses.attachment(document.fileName(), document.mediaType(), document.sha256(),
                documents.download(user.user(), document));
    }

    /** 添付資料, from the case page; a refused file is named there with the reason. */
    @PostMapping("/consultations/{id}/attachments")
    String attach(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam("file") MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        return casePage.act(model, user.user(), id, "attachment",
                () -> attachments.attach(user.user(), id, file.getOriginalFilename(), content),
                "「" + FileNames.of(file.getOriginalFilename(), "添付資料") + "」を添付しました。", redirect);
    }

    @PostMapping("/meetings/{id}/packet")
    String buildPacket(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        packet.build(user.user(), id);
        redirect.addFlashAttribute("notice", "会議資料を作成しました。内容を確認してから配布してください。");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/distribution")
    String distribute(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        packet.distribute(user.user(), id);
        redirect.addFlashAttribute("notice", "会議資料を委員に配布しました。");
        return "redirect:/meetings/" + id;
    }
}
