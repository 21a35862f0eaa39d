package jp.shingikai.japanese;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 和暦: Japanese era dates as official documents print them (令和4年3月15日, 令和元年5月1日) and as people type them
 * (全角 digits, 元年, spaces, the short forms R4.3.15 and H31/4/30).
 */
public final class Wareki {

    private static final Locale JAPANESE = Locale.JAPAN;
    private static final Map<String, JapaneseEra> ERAS = Map.ofEntries(
            Map.entry("明治", JapaneseEra.MEIJI), Map.entry("M", JapaneseEra.MEIJI),
            Map.entry("大正", JapaneseEra.TAISHO), Map.entry("T", JapaneseEra.TAISHO),
            Map.entry("昭和", JapaneseEra.SHOWA), Map.entry("S", JapaneseEra.SHOWA),
            Map.entry("平成", JapaneseEra.HEISEI), Map.entry("H", JapaneseEra.HEISEI),
            Map.entry("令和", JapaneseEra.REIWA), Map.entry("R", JapaneseEra.REIWA));
    private static final String ERA = "(明治|大正|昭和|平成|令和|[MTSHR])";
    private static final Pattern FULL_DATE = Pattern.compile(ERA + "(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern SHORT_DATE = Pattern.compile(ERA + "(\\d{1,2})[./](\\d{1,2})[./](\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile(ERA + "(元|\\d{1,2})年(度)?");
    private static final String[] WEEKDAYS = {"月", "火", "水", "木", "金", "土", "日"};

    private Wareki() {
    }

    /** 令和4年3月15日; the first year of an era is 元年. */
    public static String format(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        return eraYear(japanese.getEra(), japanese.get(ChronoField.YEAR_OF_ERA)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The day of that moment where the reader is (Japan for a council): a time stored with its offset, as a date. */
    public static String format(OffsetDateTime moment, ZoneId zone) {
        return format(moment.atZoneSameInstant(zone).toLocalDate());
    }

    /** 令和4年3月15日(火), as a 次第 prints a meeting date. */
    public static String formatWithWeekday(LocalDate date) {
        return format(date) + "(" + WEEKDAYS[date.getDayOfWeek().getValue() - 1] + ")";
    }

    /** The year alone: 令和4年, 令和元年. */
    public static String formatYear(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        return eraYear(japanese.getEra(), japanese.get(ChronoField.YEAR_OF_ERA)) + "年";
    }

    /**
     * Reads a date written in 和暦, or fails with a message a person can act on.
     *
     * @throws WarekiFormatException if the text is no 和暦 date or names a day the era did not have (平成31年5月1日)
     */
    public static LocalDate parse(String text) {
        return tryParse(text).orElseThrow(() -> new WarekiFormatException(
                "「" + text + "」は和暦の日付として読めません。例: 令和4年3月15日"));
    }

    /** Like {@link #parse}, but empty when the text is no 和暦 date. Raises only for a date the era never had. */
    public static Optional<LocalDate> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = JapaneseText.normalize(text).replaceAll("\\s+", "");
        Matcher full = FULL_DATE.matcher(normalized);
        Matcher matched = full.matches() ? full : SHORT_DATE.matcher(normalized);
        if (!matched.matches()) {
            return Optional.empty();
        }
        JapaneseEra era = ERAS.get(matched.group(1));
        int yearOfEra = "元".equals(matched.group(2)) ? 1 : Integer.parseInt(matched.group(2));
        int month = Integer.parseInt(matched.group(3));
        int day = Integer.parseInt(matched.group(4));
        try {
            return Optional.of(LocalDate.from(JapaneseDate.of(era, yearOfEra, month, day)));
        } catch (DateTimeException e) {
            throw new WarekiFormatException("「" + text + "」は存在しない日付です（" + eraName(era) + "の範囲外か、月日が不正です）。", e);
        }
    }

    /**
     * The Western year a 和暦 year names: 令和3年 → 2021, 令和元年 → 2019, 平成31年 → 2019. Also accepts 年度 (令和3年度
     * → 2021, the fiscal year that starts in April 2021).
     */
    public static Optional<Integer> parseYear(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = YEAR.matcher(JapaneseText.normalize(text).replaceAll("\\s+", ""));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        JapaneseEra era = ERAS.get(matcher.group(1));
        int yearOfEra = "元".equals(matcher.group(2)) ? 1 : Integer.parseInt(matcher.group(2));
        return Optional.of(JapaneseChronology.INSTANCE.prolepticYear(era, yearOfEra));
    }

    static String eraName(JapaneseEra era) {
        return era.getDisplayName(TextStyle.FULL, JAPANESE);
    }

    static String eraYear(JapaneseEra era, int yearOfEra) {
        return eraName(era) + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra));
    }
}
