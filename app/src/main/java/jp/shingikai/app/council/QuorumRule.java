package jp.shingikai.app.council;

/** 定足数: how many of a council's members must attend, as its ordinance says. */
public enum QuorumRule {
    /** 委員の過半数. */
    MAJORITY,
    /** 委員の半数以上. */
    HALF_OR_MORE,
    /** A fixed number of members. */
    FIXED;

    /** The members that must attend out of {@code members}; {@code fixed} is the council's number for FIXED. */
    public int required(int members, Integer fixed) {
        return switch (this) {
            case MAJORITY -> members / 2 + 1;
            case HALF_OR_MORE -> (members + 1) / 2;
            case FIXED -> fixed;
        };
    }

    /** How the rule reads: 委員5人の過半数（3人）. */
    public String describe(int members, Integer fixed) {
        String rule = switch (this) {
            case MAJORITY -> "委員" + members + "人の過半数";
            case HALF_OR_MORE -> "委員" + members + "人の半数以上";
            case FIXED -> "委員" + fixed + "人以上";
        };
        return rule + "（" + required(members, fixed) + "人）";
    }
}
