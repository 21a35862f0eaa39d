package jp.shingikai.app.workflow;

/**
 * The rules on 意見を聴く項目 in force for a municipality on a day, as the rule-set table of the grounds decision says.
 *
 * @param key        the rule set's key in the grounds table (kodaira-act)
 * @param instrument what the 諮問書 cites as its basis (小平市個人情報保護条例)
 * @param era        条例期 or 法施行条例期; the draft form asks the questions of this era
 */
public record RuleSet(String key, String instrument, Era era) {

    /** An article as the 諮問書 cites it: the 条例's own (条例第4条第2項), or the Act era's as the table writes it (法第129条). */
    public String cite(String article) {
        return era == Era.ORDINANCE && article.startsWith("第") ? "条例" + article : article;
    }

    /** Before the Act applied to municipalities (2023-04-01), and after. */
    public enum Era {
        ORDINANCE("条例期"),
        ACT("法施行条例期");

        private final String label;

        Era(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
