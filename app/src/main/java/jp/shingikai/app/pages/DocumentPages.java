package jp.shingikai.app.pages;

import jp.shingikai.app.documents.DocumentService;
import jp.shingikai.app.documents.StoredDocument;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.FileResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A paper downloaded from a page, under the same rules (and audit record) as through the API. */
@Controller
class DocumentPages {

    private final DocumentService documents;

    DocumentPages(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        StoredDocument document = documents.document(user.user(), id);
        return FileResponses.attachment(document.fileName(), document.mediaType(), document.sha256(),
                documents.download(user.user(), document));
    }
}
