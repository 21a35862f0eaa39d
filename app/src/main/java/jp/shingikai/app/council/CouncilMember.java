package jp.shingikai.app.council;

/** 委員, signed in as {@code username}; title is 会長, 副会長 or 委員. */
public record CouncilMember(long id, long councilId, String username, String name, String title) {
}
