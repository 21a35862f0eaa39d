package jp.shingikai.app.council;

/** 所管課 (環境部資源循環課). */
public record Department(String code, long councilId, String name) {
}
