package jp.shingikai.app.council;

/**
 * 審議会 and the municipality it serves.
 *
 * @param code                the municipality's key in the grounds decision ("kodaira")
 * @param ordinance           the ordinance its articles are cited from (小平市個人情報保護条例)
 * @param consultingAuthority who consults it, as the 諮問書 is signed (小平市長 小林 洋子)
 * @param quorumRule          its 定足数, with {@code quorumCount} for a fixed number
 * @param memberNaming        whether its public version names the members or shows them as 委員A, 委員B
 */
public record Council(long id, String code, String municipality, String name, String ordinance, String consultingAuthority,
        QuorumRule quorumRule, Integer quorumCount, MemberNaming memberNaming) {

    /** How the public version shows the members. */
    public enum MemberNaming {
        NAMED, ANONYMISED
    }
}
