package jp.shingikai.app.meetings;

/** A consultation or report has its place and 資料 number on a meeting's agenda; its papers can be made. */
public record PlacedOnAgenda(AgendaItem item) {
}
