package jp.shingikai.search.importers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.shingikai.japanese.Wareki;
import jp.shingikai.japanese.WarekiFormatException;

/**
 * Reads the cases out of a council's published papers, whatever the municipality: the items its 次第 lists
 * ("(1) …について(諮問)(資料1)", "⑵ 諮問第12号 …について", "報告第3号"), each one's paper found again by its heading, and
 * 答申書 ("…について(答申)") with their conclusion. What marks an item is the 諮問 / 報告 / 答申 beside its subject, not
 * the wording or order of a particular council's packet.
 */
public final class CouncilPacketReader {

    private static final String NUMBERING = "(?:[-・●○◯]\\s*)?(?:(?:議題|議事|案件)\\s*\\d*\\s*[.:：、]?\\s*)?(?:\\(\\s*\\d+\\s*\\)|[⑴-⒇①-⑳]|\\d+[.、]|[0-9]+\\s)?\\s*";
    /** An item marked after its subject: …について(諮問)(資料1). */
    private static final Pattern MARKED = Pattern.compile("^" + NUMBERING
            + "(.{6,200}?)\\s*[(【]\\s*(諮問|報告|答申)\\s*[)】]\\s*(?:[(【]?\\s*資料\\s*[0-9-]+\\s*[)】]?)?\\s*$");
    /** An item marked before its subject: 【諮問】…について. */
    private static final Pattern LEADING = Pattern.compile("^" + NUMBERING + "[(【]\\s*(諮問|報告|答申)\\s*[)】]\\s*(.{6,200}?)\\s*$");
    /** An item numbered before its subject: 諮問第12号 …について. */
    private static final Pattern NUMBERED = Pattern.compile("^" + NUMBERING + "(諮問|報告|答申)第\\s*(\\d+)\\s*号\\s*[:：]?\\s*(.{6,200}?)\\s*$");
    /** A number alone on its line, with the subject on the next one. */
    private static final Pattern NUMBER_ALONE = Pattern.compile("^(諮問|報告|答申)第\\s*(\\d+)\\s*号$");
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("諮問第\\s*\\d+\\s*号");
    /** 令和3年度 第3回 …審議会; without the year only where the line names the council. */
    private static final Pattern MEETING = Pattern.compile("((?:(令和|平成)(?:元|\\d{1,2})年度?\\s*)?第\\s*\\d+\\s*回)\\s*(\\S*審議会)?");
    private static final Pattern COUNCIL = Pattern.compile("(\\S{2,40}審議会)");
    private static final Pattern DATE = Pattern.compile("(?:令和|平成)\\s*(?:元|\\d{1,2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final Pattern DEPARTMENT_LABEL = Pattern.compile("^(?:担当部課|担当部署|担当課|所管課|所管部署|担当|所管)\\s*名?\\s*[\\t:：\\s]\\s*(.+[部局室課係所館])$");
    private static final String NAME_PART = "(?:\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}|ー|・)";
    private static final Pattern DEPARTMENT = Pattern.compile("^" + NAME_PART + "{1,12}[部局室]\\s*" + NAME_PART + "{1,16}[課係室館]$");
    private static final Pattern PAPER_LABEL = Pattern.compile("^[(【\\[]?\\s*資料\\s*[0-9-]+\\s*[)】\\]]?$");
    /** How far below a meeting's title its date is looked for. */
    private static final int HEAD_LINES = 12;
    private static final int MAX_TEXT = 20_000;

    /** Ground → the words that name it in a subject or text, the surest first. */
    private static final Map<String, List<String>> GROUNDS = groundWords();

    /** Conclusions of a 答申, the ones that must win when several appear first (a rejection may say 妥当 too). */
    private static final Map<String, List<String>> OUTCOMES = outcomeWords();

    /** Whether the text is a council paper that lists or carries cases. */
    public static boolean recognize(String text) {
        if (!text.contains("審議会")) {
            return false;
        }
        return TabularText.lines(text).stream().anyMatch(line -> mark(line.text()).isPresent());
    }

    public CouncilPacket read(String text, String source) {
        List<TabularText.Line> lines = TabularText.lines(text);
        List<ReviewItem> review = new ArrayList<>();
        String municipality = TabularText.municipality(text);
        Head head = head(lines);
        List<Mark> marks = marks(lines);
        // The first printing of a subject is where the 次第 lists it; a later one heads its paper.
        Map<String, Mark> firstByKey = new LinkedHashMap<>();
        Map<String, Mark> headingByKey = new LinkedHashMap<>();
        for (Mark mark : marks) {
            String key = mark.kind() + key(mark.subject());
            if (firstByKey.putIfAbsent(key, mark) != null) {
                headingByKey.put(key, mark);
            }
        }
        firstByKey.forEach((key, first) -> {
            if (!headingByKey.containsKey(key) && isAgenda(first, marks)) {
                // A paper may head itself with the subject alone, without the mark the 次第 gave it.
                unmarkedHeading(lines, first).ifPresent(heading -> headingByKey.put(key, heading));
            }
        });
        List<Integer> starts = new ArrayList<>();
        firstByKey.forEach((key, first) -> starts.add(headingByKey.getOrDefault(key, first).index()));
        List<CouncilPacket.Item> items = new ArrayList<>();
        firstByKey.forEach((key, first) -> {
            Mark heading = headingByKey.getOrDefault(key, first);
            int end = starts.stream().filter(start -> start > heading.index()).min(Integer::compare).orElse(lines.size());
            List<TabularText.Line> section = heading == first && firstByKey.size() > 1 && isAgenda(first, marks)
                    ? List.of(lines.get(first.index()))
                    : lines.subList(heading.index(), end);
            items.add(item(first, heading, section, source));
        });
        if (head.date() == null && !items.isEmpty()) {
            review.add(new ReviewItem(head.meeting().isEmpty() ? firstLine(lines) : head.meeting(),
                    "会議の開催日（答申日）が読み取れません", new Provenance(source, "審議会資料", 1)));
        }
        return new CouncilPacket(municipality, head.council(), head.meeting(), head.date(), items, review);
    }

    /** The first line below the 次第's that prints the item's subject and nothing else. */
    private static Optional<Mark> unmarkedHeading(List<TabularText.Line> lines, Mark first) {
        String subject = key(first.subject());
        for (int i = first.index() + 1; i < lines.size(); i++) {
            if (key(lines.get(i).text()).equals(subject)) {
                return Optional.of(new Mark(first.kind(), first.number(), first.subject(), i, lines.get(i).number()));
            }
        }
        return Optional.empty();
    }

    /** A mark printed in a list of several marks, one after the other: a 次第's list of items, not a heading. */
    private static boolean isAgenda(Mark mark, List<Mark> marks) {
        int at = marks.indexOf(mark);
        return at + 1 < marks.size() && marks.get(at + 1).index() - mark.index() <= 3
                || at > 0 && mark.index() - marks.get(at - 1).index() <= 3;
    }

    private static CouncilPacket.Item item(Mark first, Mark heading, List<TabularText.Line> printed, String source) {
        List<TabularText.Line> section = withoutNextLabel(printed);
        String text = String.join("\n", section.stream().map(TabularText.Line::text).toList());
        String department = "";
        for (TabularText.Line line : section) {
            Matcher labelled = DEPARTMENT_LABEL.matcher(line.text());
            if (labelled.matches()) {
                department = labelled.group(1).replaceAll("\\s", "");
                break;
            }
        }
        if (department.isEmpty()) {
            department = section.stream().map(line -> line.text().replaceAll("[\\s\\t]", "")).filter(line -> DEPARTMENT.matcher(line).matches())
                    .findFirst().orElse("");
        }
        List<String> grounds = grounds(first.subject());
        if (grounds.isEmpty()) {
            grounds = grounds(text);
        }
        // A 答申 is known by the number of the 諮問 it answers, not by its own.
        String caseNumber = first.kind() == CouncilPacket.ItemKind.ANSWER ? ""
                : first.number().isEmpty() ? heading.number() : first.number();
        if (caseNumber.isEmpty() && first.kind() != CouncilPacket.ItemKind.REPORT) {
            Matcher number = NUMBER_IN_TEXT.matcher(text);
            caseNumber = number.find() ? number.group().replaceAll("\\s", "") : "";
        }
        String outcome = first.kind() == CouncilPacket.ItemKind.ANSWER ? outcome(text) : null;
        return new CouncilPacket.Item(first.kind(), caseNumber, first.subject(), grounds, department,
                text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, outcome,
                new Provenance(source, first.kind().label(), heading.line()));
    }

    /** The label of the next paper (資料3, 【資料3】) and blank lines before it belong to that paper. */
    private static List<TabularText.Line> withoutNextLabel(List<TabularText.Line> section) {
        int end = section.size();
        while (end > 1 && (section.get(end - 1).text().isBlank() || PAPER_LABEL.matcher(section.get(end - 1).text()).matches())) {
            end--;
        }
        return section.subList(0, end);
    }

    /** Every line marked as a 諮問, 報告 or 答申, with the subject on the next line where the number stands alone. */
    private static List<Mark> marks(List<TabularText.Line> lines) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            Matcher alone = NUMBER_ALONE.matcher(line);
            if (alone.matches()) {
                int next = i + 1;
                while (next < lines.size() && lines.get(next).text().isBlank()) {
                    next++;
                }
                if (next < lines.size() && (lines.get(next).text().contains("について") || mark(lines.get(next).text()).isPresent())) {
                    Optional<Mark> subject = mark(lines.get(next).text());
                    String text = subject.map(Mark::subject).orElse(lines.get(next).text());
                    marks.add(new Mark(kind(alone.group(1)), number(alone.group(1), alone.group(2)), text, i, lines.get(i).number()));
                    i = next;
                }
                continue;
            }
            int index = i;
            mark(line).ifPresent(found -> marks.add(new Mark(found.kind(), found.number(), found.subject(), index, lines.get(index).number())));
        }
        return marks;
    }

    private static Optional<Mark> mark(String line) {
        if (line.contains("\t")) {
            return Optional.empty();
        }
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.matches() && !numbered.group(3).contains("。")) {
            String subject = unmarked(numbered.group(3));
            return Optional.of(new Mark(kind(numbered.group(1)), number(numbered.group(1), numbered.group(2)), subject, 0, 0));
        }
        Matcher leading = LEADING.matcher(line);
        if (leading.matches() && !leading.group(2).contains("。")) {
            return Optional.of(new Mark(kind(leading.group(1)), "", unquoted(leading.group(2)), 0, 0));
        }
        Matcher marked = MARKED.matcher(line);
        if (marked.matches() && !marked.group(1).contains("。")) {
            return Optional.of(new Mark(kind(marked.group(2)), "", unquoted(marked.group(1)), 0, 0));
        }
        return Optional.empty();
    }

    /** A subject after its number may still carry the mark: 諮問第12号 …について(諮問). */
    private static String unmarked(String subject) {
        Matcher marked = MARKED.matcher(subject);
        return unquoted(marked.matches() ? marked.group(1) : subject);
    }

    private static String unquoted(String subject) {
        return subject.replaceAll("^[「『]|[」』]$", "").strip();
    }

    private static CouncilPacket.ItemKind kind(String mark) {
        return switch (mark) {
            case "諮問" -> CouncilPacket.ItemKind.CONSULTATION;
            case "報告" -> CouncilPacket.ItemKind.REPORT;
            default -> CouncilPacket.ItemKind.ANSWER;
        };
    }

    private static String number(String mark, String digits) {
        return mark + "第" + Integer.parseInt(digits) + "号";
    }

    /** The meeting's title, its council and its day: the first 和暦 date at or below the title. */
    private static Head head(List<TabularText.Line> lines) {
        String meeting = "";
        String council = "";
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher title = MEETING.matcher(lines.get(i).text());
            if (title.find() && (title.group(2) != null || title.group(3) != null)) {
                meeting = title.group(1).replaceAll("\\s+", "").replace("度第", "度 第");
                council = title.group(3) == null ? "" : title.group(3);
                from = i;
                break;
            }
        }
        if (council.isEmpty()) {
            council = lines.stream().map(line -> COUNCIL.matcher(line.text())).filter(Matcher::find).findFirst()
                    .map(found -> found.group(1)).orElse("");
        }
        int to = meeting.isEmpty() ? lines.size() : Math.min(lines.size(), from + HEAD_LINES);
        for (int i = from; i < to; i++) {
            Matcher date = DATE.matcher(lines.get(i).text());
            if (date.find()) {
                try {
                    return new Head(meeting, council, Wareki.tryParse(date.group()).orElse(null));
                } catch (WarekiFormatException e) {
                    // A day the era never had is no meeting date; the next date may be.
                }
            }
        }
        return new Head(meeting, council, null);
    }

    static List<String> grounds(String text) {
        String flat = text.replaceAll("\\s", "");
        List<String> found = new ArrayList<>();
        GROUNDS.forEach((ground, words) -> {
            if (words.stream().anyMatch(flat::contains)) {
                found.add(ground);
            }
        });
        return found;
    }

    static String outcome(String text) {
        String flat = text.replaceAll("\\s", "");
        return OUTCOMES.entrySet().stream().filter(entry -> entry.getValue().stream().anyMatch(flat::contains))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The subject as two printings of it compare equal. */
    static String key(String subject) {
        return subject.replaceAll("[\\s「」『』()（）\\[\\]【】・、,]", "");
    }

    private static String firstLine(List<TabularText.Line> lines) {
        return lines.stream().map(TabularText.Line::text).filter(line -> !line.isBlank()).findFirst().orElse("");
    }

    private static Map<String, List<String>> groundWords() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put("SENSITIVE_INFORMATION", List.of("思想、信教", "思想,信教", "信条に関する", "要配慮個人情報の収集"));
        words.put("COLLECTION_FROM_OTHERS", List.of("本人以外からの収集", "本人以外の者からの収集", "本人外収集"));
        words.put("USE_BEYOND_PURPOSE", List.of("目的外利用", "目的外提供", "目的外の利用", "目的外の提供", "目的外外部提供"));
        words.put("ONLINE_PROVISION", List.of("オンライン結合", "電子計算組織の結合", "電子計算機の結合", "通信回線による"));
        words.put("EXPERT_OPINION", List.of("専門的な知見"));
        words.put("HANDLING_STANDARDS", List.of("基準の策定", "取扱基準", "取扱いの基準"));
        return words;
    }

    private static Map<String, List<String>> outcomeWords() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put("DEFERRED", List.of("継続審議", "継続して審議"));
        words.put("REJECTED", List.of("認められない", "認めることはできない", "妥当でない", "妥当ではない", "適当でない", "適当ではない",
                "不承認"));
        words.put("APPROVED_WITH_OPINION", List.of("附帯意見", "付帯意見", "条件を付して", "次の意見を付して", "意見を付して", "留意されたい"));
        words.put("APPROVED", List.of("妥当である", "妥当と認める", "適当である", "適当と認める", "認める", "承認する", "差し支えない",
                "やむを得ない"));
        return words;
    }

    /**
     * One line marked as an item.
     *
     * @param index its place in the list of lines
     * @param line  its line number as people count them
     */
    private record Mark(CouncilPacket.ItemKind kind, String number, String subject, int index, int line) {
    }

    private record Head(String meeting, String council, LocalDate date) {
    }
}
