package jp.shingikai.app.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.shingikai.search.importers.PhoneNumbers;
import jp.shingikai.search.importers.Provenance;
import jp.shingikai.search.importers.ReviewItem;
import jp.shingikai.search.importers.TabularText;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which municipality the telephone numbers of a document belong to, as learnt from the documents imported before: a
 * municipality's offices print numbers of a few exchanges (042-346 …), so a 市報 page that never names its city still
 * tells it by its 問合せ. Learnt only from documents whose municipality is sure: named on import, or the only one the
 * text names.
 */
@Component
@RequiredArgsConstructor
class PhoneDirectory {

    /** The share of a document's mentions a municipality must have for its numbers to be learnt as its own. */
    private static final double SURE = 0.8;

    private final JdbcClient jdbc;

    /**
     * Remembers the document's exchanges as the municipality's, when the municipality is sure.
     *
     * @param detected what the text itself names
     */
    void learn(String text, String named, TabularText.Municipality detected) {
        String municipality = named != null && !named.isBlank() ? named : detected.confidence() >= SURE ? detected.name() : "";
        if (municipality.isEmpty()) {
            return;
        }
        for (String prefix : PhoneNumbers.prefixes(text).stream().distinct().toList()) {
            int updated = jdbc.sql("update municipality_phone_prefix set seen = seen + 1 where prefix = ? and municipality = ?")
                    .params(prefix, municipality).update();
            if (updated == 0) {
                jdbc.sql("insert into municipality_phone_prefix (prefix, municipality, seen) values (?, ?, 1)")
                        .params(prefix, municipality).update();
            }
        }
    }

    /**
     * The municipality a document that names none is from, by its telephone numbers; empty when it names one, prints no
     * number learnt before, or its numbers point to several municipalities equally.
     */
    Optional<Guess> guess(String text, TabularText.Municipality detected) {
        if (!detected.name().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, List<String>> prefixesOf = new LinkedHashMap<>();
        for (String prefix : PhoneNumbers.prefixes(text).stream().distinct().toList()) {
            jdbc.sql("select municipality, seen from municipality_phone_prefix where prefix = ?").param(prefix).query(rs -> {
                votes.merge(rs.getString("municipality"), rs.getInt("seen"), Integer::sum);
                prefixesOf.computeIfAbsent(rs.getString("municipality"), municipality -> new ArrayList<>()).add(prefix);
            });
        }
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        return votes.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(best -> votes.values().stream().filter(seen -> seen.equals(best.getValue())).count() == 1)
                .map(best -> new Guess(best.getKey(), (double) best.getValue() / total, prefixesOf.get(best.getKey())));
    }

    /**
     * @param confidence the share of what the numbers were seen with that is this municipality
     * @param prefixes   the document's exchanges that point to it
     */
    record Guess(String municipality, double confidence, List<String> prefixes) {

        /** For a person to confirm, since the text never named the municipality. */
        ReviewItem review(String fileName) {
            return new ReviewItem(fileName, "団体名が本文にないため、電話番号（" + String.join("、", prefixes) + "）から" + municipality
                    + "と推定しました（確からしさ " + Math.round(confidence * 100) + "%）。違う場合は団体を指定して取り込み直してください",
                    new Provenance(fileName, "団体", 0));
        }
    }
}
