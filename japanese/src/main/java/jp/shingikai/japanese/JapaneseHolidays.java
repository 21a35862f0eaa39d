package jp.shingikai.japanese;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 国民の祝日 as the 国民の祝日に関する法律 sets them from 2000 on: the fixed days, the Mondays of the Happy Monday
 * system, the equinoxes (by the formula the 国立天文台's announcements follow until 2099), the 2019 enthronement days
 * and the 2020–2021 Olympic moves, then 振替休日 (a Sunday holiday passes to the next day that is none) and 国民の休日
 * (a day between two holidays).
 *
 * <p>Written from the law rather than taken from a holiday library: the one served here (jollyday 0.35.1) knows no
 * equinox, no 振替休日 and the 天皇誕生日 of the Heisei era.
 */
public final class JapaneseHolidays {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    private final Map<Integer, NavigableMap<LocalDate, String>> years = new ConcurrentHashMap<>();

    public boolean isHoliday(LocalDate day) {
        return holidays(day.getYear()).containsKey(day);
    }

    /** The year's holidays by date, with their names (振替休日 and 国民の休日 included). */
    public NavigableMap<LocalDate, String> holidays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(year + "年の祝日は扱えません（" + FIRST_YEAR + "年から" + LAST_YEAR + "年まで）");
        }
        return years.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static NavigableMap<LocalDate, String> compute(int year) {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元日");
        days.put(monday(year, Month.JANUARY, 2), "成人の日");
        days.put(LocalDate.of(year, 2, 11), "建国記念の日");
        if (year >= 2020) {
            days.put(LocalDate.of(year, 2, 23), "天皇誕生日");
        } else if (year <= 2018) {
            days.put(LocalDate.of(year, 12, 23), "天皇誕生日");
        }
        days.put(LocalDate.of(year, 3, equinox(year, 20.8431)), "春分の日");
        days.put(LocalDate.of(year, 4, 29), year >= 2007 ? "昭和の日" : "みどりの日");
        days.put(LocalDate.of(year, 5, 3), "憲法記念日");
        if (year >= 2007) {
            days.put(LocalDate.of(year, 5, 4), "みどりの日");
        }
        days.put(LocalDate.of(year, 5, 5), "こどもの日");
        days.put(switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 23);
            case 2021 -> LocalDate.of(2021, 7, 22);
            default -> year >= 2003 ? monday(year, Month.JULY, 3) : LocalDate.of(year, 7, 20);
        }, "海の日");
        if (year >= 2016) {
            days.put(switch (year) {
                case 2020 -> LocalDate.of(2020, 8, 10);
                case 2021 -> LocalDate.of(2021, 8, 8);
                default -> LocalDate.of(year, 8, 11);
            }, "山の日");
        }
        days.put(year >= 2003 ? monday(year, Month.SEPTEMBER, 3) : LocalDate.of(year, 9, 15), "敬老の日");
        days.put(LocalDate.of(year, 9, equinox(year, 23.2488)), "秋分の日");
        days.put(switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 24);
            case 2021 -> LocalDate.of(2021, 7, 23);
            default -> monday(year, Month.OCTOBER, 2);
        }, year >= 2020 ? "スポーツの日" : "体育の日");
        days.put(LocalDate.of(year, 11, 3), "文化の日");
        days.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
        if (year == 2019) {
            days.put(LocalDate.of(2019, 5, 1), "即位の日");
            days.put(LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日");
        }
        NavigableMap<LocalDate, String> holidays = new TreeMap<>(days);
        addBridges(holidays, days);
        addSubstitutes(holidays, days);
        return days;
    }

    /** 振替休日: a 祝日 on a Sunday passes to the first following day that is no holiday. */
    private static void addSubstitutes(NavigableMap<LocalDate, String> holidays, NavigableMap<LocalDate, String> days) {
        for (LocalDate day : holidays.keySet()) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (days.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.put(substitute, "振替休日");
            }
        }
    }

    /** 国民の休日: a day that is no 祝日 itself, between two days that are. */
    private static void addBridges(NavigableMap<LocalDate, String> holidays, NavigableMap<LocalDate, String> days) {
        for (LocalDate day : holidays.keySet()) {
            LocalDate between = day.plusDays(1);
            if (!holidays.containsKey(between) && holidays.containsKey(between.plusDays(1))) {
                days.put(between, "国民の休日");
            }
        }
    }

    private static LocalDate monday(int year, Month month, int nth) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
    }

    /** The day of the month of the equinox, by the formula valid from 1980 to 2099. */
    private static int equinox(int year, double base) {
        int since = year - 1980;
        return (int) Math.floor(base + 0.242194 * since - Math.floor(since / 4.0));
    }
}
