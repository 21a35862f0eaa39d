package jp.shingikai.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.japanese.Wareki;

/** A date as people type it on a page: 令和4年3月15日, R4.3.15, ２０２２－０３－１５ or 2022-03-15. */
public final class TypedDates {

    private TypedDates() {
    }

    /** Empty for a blank field and for text that is no date (the caller says which it was). */
    public static Optional<LocalDate> parse(String text) {
        String value = JapaneseText.clean(text == null ? "" : text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> wareki = Wareki.tryParse(value);
        if (wareki.isPresent()) {
            return wareki;
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
