package jp.shingikai.templates;

/** The papers a council meeting needs, each from its own .docx template. */
public enum DocumentTemplate {
    AGENDA("agenda.docx", "会議次第"),
    CONSULTATION_LETTER("consultation-letter.docx", "諮問書"),
    STATEMENT_SENSITIVE_INFORMATION("ground-statement-sensitive-information.docx", "諮問事項別説明書（思想信条等の収集）"),
    STATEMENT_COLLECTION_FROM_OTHERS("ground-statement-collection-from-others.docx", "諮問事項別説明書（本人以外からの収集）"),
    STATEMENT_USE_BEYOND_PURPOSE("ground-statement-use-beyond-purpose.docx", "諮問事項別説明書（目的外利用・目的外外部提供）"),
    STATEMENT_ONLINE_PROVISION("ground-statement-online-provision.docx", "諮問事項別説明書（オンライン結合による外部提供）"),
    STATEMENT_EXPERT_OPINION("ground-statement-expert-opinion.docx", "諮問事項別説明書（専門的な知見に基づく意見）"),
    STATEMENT_HANDLING_STANDARDS("ground-statement-handling-standards.docx", "諮問事項別説明書（取扱いの基準の策定）"),
    ANSWER("answer.docx", "答申書"),
    REPORT("report.docx", "報告書"),
    REGISTRATION_NOTICE("registration-notice.docx", "保有個人情報取扱事務届出書"),
    MINUTES("minutes.docx", "会議録"),
    PIA_SECTION_V("pia-section-v.docx", "特定個人情報保護評価書 V 評価実施手続");

    private final String fileName;
    private final String title;

    DocumentTemplate(String fileName, String title) {
        this.fileName = fileName;
        this.title = title;
    }

    public String fileName() {
        return fileName;
    }

    public String title() {
        return title;
    }
}
