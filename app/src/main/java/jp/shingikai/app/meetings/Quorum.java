package jp.shingikai.app.meetings;

/**
 * 定足数 of a meeting or of one 議題.
 *
 * @param rule      the rule as it reads (委員3人の過半数（2人）)
 * @param required  how many members must attend
 * @param attending how many did
 */
public record Quorum(String rule, int required, int attending) {

    public boolean isMet() {
        return attending >= required;
    }
}
