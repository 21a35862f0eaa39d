package jp.shingikai.search.importers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.shingikai.japanese.JapaneseText;

/**
 * Reading tables out of extracted text, where a table is tab-separated lines under a header line. Shared by the
 * importers: a header is recognised by the column names it contains, in whatever order a municipality prints them.
 */
public final class TabularText {

    /**
     * A municipality's name as its ordinance, council, mayor, offices or a department of it are titled (三鷹市個人情報保護条例,
     * 小平市長, 藤沢市役所, 藤沢市総務部).
     */
    private static final Pattern MUNICIPALITY = Pattern.compile("((?:\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}){1,6}?[都道府県市区町村])"
            + "(?:情報公開|個人情報|特定個人情報|長\\s|議会|役所|役場|(?:\\p{IsHan}|\\p{IsKatakana}){1,5}部)");

    /** An address: a municipality, a town, and a number (小平市小川町2-1333, 八王子市元本郷町三丁目24番1号). */
    private static final Pattern ADDRESS = Pattern.compile("(?:\\p{IsHan}{2,3}[都道府県])?((?:\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana})"
            + "{1,5}?[市区町村])(?:\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}){1,8}?(?:[0-9]+|[一二三四五六七八九十]+丁目)(?:丁目|番|-)");

    private TabularText() {
    }

    /** The text's lines, normalised, numbered from 1. */
    public static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int number = 1;
        for (String line : text.split("\\r?\\n", -1)) {
            // Spaces are trimmed, tabs are not: a leading tab is an empty first cell (the unlabelled No. column).
            lines.add(new Line(number++, JapaneseText.normalize(line).replace('\u00a0', ' ').replaceAll("^ +| +$", "")));
        }
        return lines;
    }

    /** Splits a table line into trimmed cells. */
    public static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /**
     * Maps the columns of a header line to field names by the labels they contain; empty unless every required
     * field has a column.
     *
     * @param labels field name → label texts that name it (the first label found in a cell wins)
     */
    public static Optional<Map<String, Integer>> header(String line, Map<String, List<String>> labels, List<String> required) {
        if (!line.contains("\t")) {
            return Optional.empty();
        }
        List<String> cells = cells(line);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).replaceAll("\\s", "");
            for (Map.Entry<String, List<String>> field : labels.entrySet()) {
                if (!columns.containsKey(field.getKey()) && field.getValue().stream().anyMatch(cell::equals)) {
                    columns.put(field.getKey(), i);
                    break;
                }
            }
        }
        return columns.keySet().containsAll(required) ? Optional.of(columns) : Optional.empty();
    }

    /** The municipality a document is from, as its title or signature names it (川口市情報公開…審議会 → 川口市). */
    public static String municipality(String text) {
        return detectMunicipality(text).name();
    }

    /**
     * The municipality a document is from: the name its council, mayor, offices or departments are titled with, and,
     * at half the weight, the one its addresses are in (小平市小川町2-1333). The confidence is the share of those
     * mentions that name it: 1 when the document names one municipality only.
     */
    public static Municipality detectMunicipality(String text) {
        String normalized = JapaneseText.normalize(text);
        Map<String, Double> seen = new LinkedHashMap<>();
        Matcher titled = MUNICIPALITY.matcher(normalized);
        while (titled.find()) {
            seen.merge(withoutCounter(titled.group(1)), 1.0, Double::sum);
        }
        Matcher address = ADDRESS.matcher(normalized);
        while (address.find()) {
            seen.merge(withoutCounter(address.group(1)), 0.5, Double::sum);
        }
        double total = seen.values().stream().mapToDouble(Double::doubleValue).sum();
        // The name the document uses most; the first one among equals.
        return seen.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(best -> new Municipality(best.getKey(), best.getValue() / total, List.copyOf(seen.keySet())))
                .orElse(new Municipality("", 0, List.of()));
    }

    /** A name read after a count or a year runs into it (第2回町田市 → 町田市); no municipality's name begins so. */
    private static String withoutCounter(String name) {
        return name.replaceFirst("^[年度回号第]+", "");
    }

    /**
     * @param confidence the share of the document's mentions of municipalities that name this one, from 0 to 1
     * @param named      every municipality the document names, the first first
     */
    public record Municipality(String name, double confidence, List<String> named) {
    }

    /** One line of extracted text. */
    public record Line(int number, String text) {
    }
}
