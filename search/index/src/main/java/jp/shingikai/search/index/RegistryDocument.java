package jp.shingikai.search.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A registry entry as the precedent search indexes it: its current state, with the text of all its versions and
 * provisions in {@code body} so that any of them finds it.
 *
 * @param kinds  the kinds of rows it came from (NEW, CHANGE, ABOLISH, PROVISION)
 * @param years  the Western years of its dates, so 令和3年 and 2021 both filter it
 */
public record RegistryDocument(String municipality, String department, String operationName, String status,
        List<String> kinds, String body, LocalDate effectiveOn, String effectiveOnText, List<Integer> years,
        List<String> recipients, List<String> bases) {
}
