package jp.shingikai.japanese;

import java.time.LocalTime;

/** Times as notices print them: 午後5時30分, 午前10時, 正午. */
public final class JapaneseTime {

    private JapaneseTime() {
    }

    public static String format(LocalTime time) {
        if (time.getHour() == 12 && time.getMinute() == 0) {
            return "正午";
        }
        String half = time.getHour() < 12 ? "午前" : "午後";
        int hour = time.getHour() % 12;
        return half + hour + "時" + (time.getMinute() == 0 ? "" : time.getMinute() + "分");
    }
}
