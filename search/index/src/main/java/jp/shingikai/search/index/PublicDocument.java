package jp.shingikai.search.index;

import java.time.LocalDate;

/**
 * What residents may find on the public portal: only text already published there (the 公開版 of a 会議録), kept in an
 * index of its own so that no internal paper can ever answer a public search.
 *
 * @param council the council's code, as the portal's address names it
 * @param kind    what it is, in the words residents read (会議録)
 * @param path    the portal page that shows it
 */
public record PublicDocument(String council, String kind, String title, LocalDate date, String path, String body) {
}
