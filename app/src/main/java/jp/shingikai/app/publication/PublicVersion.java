package jp.shingikai.app.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.minutes.Minutes;

/**
 * The 公開版 of a 会議録: closed 議題 left out (only how many and why is said), 不開示 passages masked with ■, and, where
 * the council anonymises, every member's name replaced by 委員A, 委員B… in the order they are listed.
 */
record PublicVersion(String title, String name, String when, String place, List<String> attending, List<String> absent,
        String chair, List<Item> items, List<String> closedReasons) {

    /**
     * The secretariat marks a withheld passage as ［不開示］…［／不開示］ in the minutes' text; the forms fold widths, so
     * the brackets and slash arrive half-width as often as full-width.
     */
    private static final Pattern WITHHELD = Pattern.compile("[［\\[]不開示[］\\]](.*?)[［\\[][／/]不開示[］\\]]", Pattern.DOTALL);
    private static final String MASK = "■";

    /** One public 議題 with its 発言 (speaker, text) or 要旨. */
    record Item(int handoutNumber, String title, String outcome, String answerNumber, List<String[]> statements,
            String summary) {
    }

    static PublicVersion of(Minutes minutes, Council council, List<AgendaItem> agenda) {
        JsonNode header = minutes.header();
        Map<String, String> aliases = aliases(header, council);
        Set<Integer> closed = agenda.stream().filter(AgendaItem::closed).map(AgendaItem::handoutNumber).collect(Collectors.toSet());
        List<Item> items = new ArrayList<>();
        for (JsonNode item : minutes.content().path("items")) {
            if (closed.contains(item.path("handoutNumber").asInt())) {
                continue;
            }
            List<String[]> statements = new ArrayList<>();
            item.path("statements").forEach(statement -> statements.add(new String[] {
                    text(statement.path("speaker").asText(), aliases), text(statement.path("text").asText(), aliases)}));
            items.add(new Item(item.path("handoutNumber").asInt(), text(item.path("title").asText(), aliases),
                    item.path("outcome").asText(""), item.path("answerNumber").asText(""), statements,
                    text(item.path("summary").asText(""), aliases)));
        }
        return new PublicVersion(minutes.title(), header.path("name").asText(), header.path("when").asText(),
                header.path("place").asText(), members(header.path("attending"), aliases), members(header.path("absent"), aliases),
                text(header.path("chair").path("name").asText(), aliases) + "（" + header.path("chair").path("role").asText() + "）",
                items, agenda.stream().filter(AgendaItem::closed).map(AgendaItem::closedReason).toList());
    }

    /** Everything the public version says, as one text: what the tests search for withheld words. */
    String allText() {
        StringBuilder all = new StringBuilder(String.join(" ", title, name, when, place, chair));
        attending.forEach(member -> all.append(' ').append(member));
        absent.forEach(member -> all.append(' ').append(member));
        for (Item item : items) {
            all.append(' ').append(item.title()).append(' ').append(item.summary());
            item.statements().forEach(statement -> all.append(' ').append(statement[0]).append(' ').append(statement[1]));
        }
        return all.toString();
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

    private static String text(String text, Map<String, String> aliases) {
        String masked = mask(text);
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            masked = masked.replace(alias.getKey(), alias.getValue());
        }
        return masked;
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
}
