package jp.shingikai.app.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.assessments.AssessmentReview;
import jp.shingikai.app.assessments.AssessmentReviewCompleted;
import jp.shingikai.app.assessments.AssessmentReviews;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.templates.DocumentGenerator;
import jp.shingikai.templates.DocumentTemplate;
import jp.shingikai.templates.PacketPart;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Section V (評価実施手続) of a reviewed 評価書, filled in from what the 第三者点検 recorded: 意見聴取の方法, 期間 and 主な意見;
 * 第三者点検の実施日, 方法 and 結果. Made when the department records the 提出・公表.
 */
@Service
@RequiredArgsConstructor
class AssessmentPapers {

    private final AssessmentReviews reviews;
    private final CouncilDirectory councils;
    private final DocumentGenerator generator;
    private final PaperFiles files;

    @EventListener
    void completed(AssessmentReviewCompleted completed) {
        AssessmentReview review = reviews.load(completed.reviewId());
        DocumentTemplate template = DocumentTemplate.PIA_SECTION_V;
        byte[] docx = generator.generate(template, sectionV(review));
        files.storeDocx(SubjectType.ASSESSMENT, review.id(), new PacketPart(template.title(), template.title() + ".docx", docx),
                review.createdBy());
    }

    private Map<String, Object> sectionV(AssessmentReview review) {
        JsonNode record = review.record();
        JsonNode start = record.path("commentStart");
        JsonNode comments = record.path("comments");
        JsonNode result = record.path("result");
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("method", start.path("method").asText(""));
        comment.put("period", period(start));
        comment.put("shortenedReason", start.path("shortenedReason").asText(""));
        comment.put("mainComments", comments.path("mainComments").asText("")
                + (comments.has("count") ? "（" + comments.path("count").asInt() + "件）" : ""));
        comment.put("reflection", comments.path("reflection").asText(""));
        Map<String, Object> third = new LinkedHashMap<>();
        third.put("date", result.has("reviewedOn") ? Wareki.format(LocalDate.parse(result.path("reviewedOn").asText())) : "");
        third.put("method", result.path("method").asText(""));
        String opinion = result.path("opinion").asText("");
        third.put("result", result.path("result").asText("") + (opinion.isEmpty() ? "" : "\n意見: " + opinion));
        return Map.of("assessment", Map.of("title", review.title(), "agency", councils.council(review.councilId()).consultingAuthority()),
                "comment", comment, "review", third);
    }

    /** 令和8年4月1日から令和8年4月30日まで（30日間）. */
    private static String period(JsonNode start) {
        if (!start.has("startsOn") || !start.has("endsOn")) {
            return "";
        }
        return Wareki.format(LocalDate.parse(start.path("startsOn").asText())) + "から"
                + Wareki.format(LocalDate.parse(start.path("endsOn").asText())) + "まで（" + start.path("days").asInt() + "日間）";
    }
}
