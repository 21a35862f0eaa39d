package jp.shingikai.app.documents;

import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationAccess;
import jp.shingikai.app.cases.ConsultationAction;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.search.extraction.ExtractionResult;
import jp.shingikai.search.extraction.FileNames;
import jp.shingikai.search.extraction.TextExtractor;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 添付資料: files the department attaches to its draft (a questionnaire, a contract's special terms). Each is read
 * with Tika first, so a corrupt, encrypted, empty, oversized or unreadable file is refused with the reason.
 */
@Service
@RequiredArgsConstructor
public class Attachments {

    static final String KIND_PREFIX = "添付:";
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private final ConsultationService consultations;
    private final ConsultationAccess access;
    private final PaperFiles files;
    private final TextExtractor extractor;

    @Transactional
    public StoredDocument attach(CurrentUser actor, long consultationId, String fileName, byte[] content) {
        Consultation consultation = consultations.get(actor, consultationId);
        if (!access.allowedActions(actor, consultation).contains(ConsultationAction.ATTACH)) {
            throw new ForbiddenException("資料を添付できるのは、起案中または差戻し中の諮問の所管課です。");
        }
        String name = FileNames.of(fileName, "添付資料");
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("/file", "添付資料", "「" + name + "」は大きすぎます（上限 20MB）。");
        }
        ExtractionResult read = extractor.extract(name, content);
        if (!read.isOk()) {
            throw new InvalidInputException("/file", "添付資料", read.message());
        }
        return files.store(SubjectType.CONSULTATION, consultationId, KIND_PREFIX + name, "添付資料 " + name, name,
                read.mediaType(), content, actor.username());
    }
}
