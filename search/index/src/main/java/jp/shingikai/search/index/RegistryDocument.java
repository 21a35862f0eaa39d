package jp.shingikai.search.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A registry entry as the precedent search indexes it: its current state, with the text of all its versions and
 * provisions in {@code body} so that any of them finds it.
 *
 * @param register OPERATION for a 条例-era 登録簿 entry, FILE for an Act-era ファイル簿 entry (the era facet)
 * @param kinds  the kinds of rows it came from (NEW, CHANGE, ABOLISH, PROVISION, FILE)
 * @param years  the Western years of its dates, so 令和3年 and 2021 both filter it
 */
public record RegistryDocument(String municipality, String register, String department, String operationName, String status,
        List<String> kinds, String body, LocalDate effectiveOn, String effectiveOnText, List<Integer> years,
        List<String> recipients, List<String> bases) {
}
