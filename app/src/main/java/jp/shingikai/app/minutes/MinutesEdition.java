package jp.shingikai.app.minutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.meetings.AgendaItem;

/**
 * A 会議録 as one audience reads it, for the pages and the .docx/PDF alike.
 *
 * <p>The {@linkplain Audience#INTERNAL full version} has every 議題 (closed ones marked with their reason) and the text
 * as written. The {@linkplain Audience#PUBLIC 公開版} leaves closed 議題 out (only how many and why is said), masks
 * 不開示 passages with ■ and, where the council anonymises, replaces every member's name by 委員A, 委員B… in the order
 * they are listed.
 */
public record MinutesEdition(Audience audience, String title, String version, String name, String when, String place,
        String quorum,
        List<String> attending, List<String> absent, String chair, List<String> secretariat, List<String> explainers,
        int publicAttendees, String form, List<Item> items, List<String> closedReasons) {

    /**
     * The secretariat marks a withheld passage as ［不開示］…［／不開示］ in the minutes' text; the forms fold widths, so
     * the brackets and slash arrive half-width as often as full-width.
     */
    private static final Pattern WITHHELD = Pattern.compile("[［\\[]不開示[］\\]](.*?)[［\\[][／/]不開示[］\\]]", Pattern.DOTALL);
    private static final String MASK = "■";

    public enum Audience {
        /** For the council and the secretariat: what was fixed. */
        INTERNAL,
        /** For residents: the portal, its files, feed and search. */
        PUBLIC
    }

    /**
     * One 議題 with its 発言 or 要旨.
     *
     * @param closedReason why the 議題 was held in closed session; empty when it was open (a public edition has only
     *                     open ones)
     */
    public record Item(int handoutNumber, String title, String outcome, String answerNumber, List<Statement> statements,
            String summary, String closedReason) {
    }

    public record Statement(String speaker, String text) {
    }

    /**
     * @param content the minutes' content as fixed in one version (or as last saved)
     * @param version which version that is, as the document heads it (第2版（令和8年12月1日訂正）); empty before 確定
     */
    static MinutesEdition of(Audience audience, Minutes minutes, JsonNode content, String version, Council council,
            List<AgendaItem> agenda) {
        boolean forPublic = audience == Audience.PUBLIC;
        JsonNode header = minutes.header();
        Map<String, String> aliases = forPublic ? aliases(header, council) : Map.of();
        UnaryOperator<String> shown = forPublic ? text -> replaced(mask(text), aliases) : UnaryOperator.identity();
        Map<Integer, String> closed = agenda.stream().filter(AgendaItem::closed)
                .collect(Collectors.toMap(AgendaItem::handoutNumber, AgendaItem::closedReason));
        List<Item> items = new ArrayList<>();
        for (JsonNode item : content.path("items")) {
            String closedReason = closed.getOrDefault(item.path("handoutNumber").asInt(), "");
            if (forPublic && !closedReason.isEmpty()) {
                continue;
            }
            List<Statement> statements = new ArrayList<>();
            item.path("statements").forEach(statement -> statements.add(new Statement(
                    shown.apply(statement.path("speaker").asText()), shown.apply(statement.path("text").asText()))));
            items.add(new Item(item.path("handoutNumber").asInt(), shown.apply(item.path("title").asText()),
                    item.path("outcome").asText(""), item.path("answerNumber").asText(""), statements,
                    shown.apply(item.path("summary").asText("")), closedReason));
        }
        JsonNode chair = header.path("chair");
        return new MinutesEdition(audience, minutes.title(), version, header.path("name").asText(), header.path("when").asText(),
                header.path("place").asText(), header.path("quorum").asText(""), members(header.path("attending"), aliases),
                members(header.path("absent"), aliases),
                shown.apply(chair.path("name").asText()) + "（" + chair.path("role").asText() + "）",
                strings(header.path("secretariat"), shown), strings(header.path("explainers"), shown),
                header.path("publicAttendees").asInt(), form(content),
                items, forPublic ? agenda.stream().filter(AgendaItem::closed).map(AgendaItem::closedReason).toList() : List.of());
    }

    /** Everything the edition says, as one text: what the public search indexes and the tests search for withheld words. */
    public String allText() {
        List<String> all = new ArrayList<>(List.of(title, name, when, place, chair, form));
        all.addAll(attending);
        all.addAll(absent);
        all.addAll(secretariat);
        all.addAll(explainers);
        for (Item item : items) {
            all.add(item.title());
            all.add(item.summary());
            item.statements().forEach(statement -> all.add(statement.speaker() + " " + statement.text()));
        }
        return String.join(" ", all);
    }

    /** A withheld passage becomes as many ■ as it has characters, so that its length shows and nothing else. */
    static String mask(String text) {
        Matcher withheld = WITHHELD.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (withheld.find()) {
            withheld.appendReplacement(masked, MASK.repeat(withheld.group(1).codePointCount(0, withheld.group(1).length())));
        }
        return withheld.appendTail(masked).toString();
    }

    private static String form(JsonNode content) {
        return content.path("form").asText().equals("SUMMARY") ? "要旨（" + content.path("summaryReason").asText() + "）" : "全文";
    }

    private static String replaced(String text, Map<String, String> aliases) {
        String replaced = text;
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            replaced = replaced.replace(alias.getKey(), alias.getValue());
        }
        return replaced;
    }

    /** 委員A, 委員B… for each member, present or absent, where the council anonymises; no aliases where it names them. */
    private static Map<String, String> aliases(JsonNode header, Council council) {
        Map<String, String> aliases = new LinkedHashMap<>();
        if (council.memberNaming() == Council.MemberNaming.ANONYMISED) {
            List<JsonNode> everyone = new ArrayList<>();
            header.path("attending").forEach(everyone::add);
            header.path("absent").forEach(everyone::add);
            for (int i = 0; i < everyone.size(); i++) {
                aliases.put(everyone.get(i).path("name").asText(), "委員" + (char) ('A' + i));
            }
        }
        return aliases;
    }

    private static List<String> members(JsonNode members, Map<String, String> aliases) {
        List<String> shown = new ArrayList<>();
        members.forEach(member -> shown.add(aliases.containsKey(member.path("name").asText())
                ? aliases.get(member.path("name").asText()) : member.path("name").asText() + "（" + member.path("title").asText() + "）"));
        return shown;
    }

    private static List<String> strings(JsonNode values, UnaryOperator<String> shown) {
        List<String> strings = new ArrayList<>();
        values.forEach(value -> strings.add(shown.apply(value.asText())));
        return strings;
    }
}
