package jp.shingikai.search.importers;

import java.time.LocalDate;
import java.util.List;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * What a published council paper says of the cases it carries: a meeting's packet (次第 and 資料) with its 諮問 and
 * 報告, or a 答申書.
 *
 * @param council     the council's name as printed (小平市情報公開・個人情報保護・公文書管理審議会), or blank
 * @param meeting     the meeting as printed (令和3年度 第3回), or blank for a paper of no meeting
 * @param meetingDate the day of the meeting, or of the 答申 for a 答申書; null when the paper gives none
 * @param items       in the order the paper lists them
 * @param review      what could not be read, with the reason
 */
public record CouncilPacket(String municipality, String council, String meeting, LocalDate meetingDate, List<Item> items,
        List<ReviewItem> review) {

    public CouncilPacket {
        items = List.copyOf(items);
        review = List.copyOf(review);
    }

    @RequiredArgsConstructor
    public enum ItemKind {
        CONSULTATION("諮問"),
        REPORT("報告"),
        /** The council's answer to a consultation, found again by its subject or number. */
        ANSWER("答申");

        @Getter
        private final String label;
    }

    /**
     * One 諮問, 報告 or 答申.
     *
     * @param caseNumber 諮問第12号 as printed, or blank
     * @param subject    the 件名 without the (諮問) mark
     * @param grounds    the consultation grounds its subject (else its text) names, as {@code ConsultationGround} names
     * @param department the 担当課 its paper names, or blank
     * @param text       its paper's text, or the subject alone when the packet carries no paper for it
     * @param outcome    of a 答申: APPROVED, APPROVED_WITH_OPINION, REJECTED or DEFERRED ({@code AnswerOutcome} names);
     *                   null when the conclusion cannot be read, and for the other kinds
     */
    public record Item(ItemKind kind, String caseNumber, String subject, List<String> grounds, String department, String text,
            String outcome, Provenance provenance) {

        public Item {
            grounds = List.copyOf(grounds);
        }

        /** The subject as two printings of it compare equal: without spaces, brackets or quotation marks. */
        public String subjectKey() {
            return CouncilPacketReader.key(subject);
        }
    }
}
