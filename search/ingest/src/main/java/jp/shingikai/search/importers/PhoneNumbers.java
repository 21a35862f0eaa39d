package jp.shingikai.search.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.shingikai.japanese.JapaneseText;

/**
 * The fixed-line telephone numbers a document prints (042-346-9500, 042(346)9500, ０４２－３４６－９５００), by the part
 * that tells where they are: the area code and the exchange (042-346). A municipality's offices share a few of these,
 * so they point to the municipality of a document that does not name it.
 */
public final class PhoneNumbers {

    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)(0\\d{1,4})\\s*[-‐－ー(（]\\s*(\\d{1,4})\\s*[-‐－ー)）]\\s*(\\d{4})(?!\\d)");

    private PhoneNumbers() {
    }

    /** Area code and exchange of every fixed-line number, in the order printed; mobile and free-dial numbers left out. */
    public static List<String> prefixes(String text) {
        Matcher number = NUMBER.matcher(JapaneseText.normalize(text));
        List<String> prefixes = new ArrayList<>();
        while (number.find()) {
            String area = number.group(1);
            boolean fixedLine = area.length() + number.group(2).length() == 6 && !area.matches("0[5-9]0|0120|0800|0570");
            if (fixedLine) {
                prefixes.add(area + "-" + number.group(2));
            }
        }
        return prefixes;
    }
}
