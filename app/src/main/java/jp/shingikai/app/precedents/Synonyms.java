package jp.shingikai.app.precedents;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.forms.FieldError;
import jp.shingikai.japanese.JapaneseText;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 同義語: the rules the search applies to what people type, so that マイナンバー finds 個人番号. 総務課 edits them;
 * the indices are then rebuilt behind their aliases with the new rules (the engine cannot reload a plugin's filter), and
 * searches go on against the old ones until the new ones are complete.
 */
@Service
@RequiredArgsConstructor
public class Synonyms {

    private static final int MAX_RULES = 1000;
    private static final int MAX_LENGTH = 500;

    private final JdbcClient jdbc;

    /** The rules in force, one per line as 総務課 wrote them. */
    public List<String> rules() {
        return jdbc.sql("select rule from search_synonym order by id").query(String.class).list();
    }

    /** Replaces every rule; a rule must name at least two words (a, b) or map one to another (a => b). */
    @Transactional
    public List<String> replace(CurrentUser actor, List<String> rules) {
        if (!actor.has(Role.SOUMU)) {
            throw new ForbiddenException("同義語の編集は総務課が行います。");
        }
        if (rules == null) {
            throw new InvalidInputException("/rules", "同義語", "「rules」に同義語の規則の一覧を指定してください（空の一覧ですべて削除します）。");
        }
        Set<String> cleaned = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        List<String> given = rules;
        for (int i = 0; i < given.size(); i++) {
            String rule = JapaneseText.clean(given.get(i)).replace('、', ',').replace('，', ',');
            if (rule.isEmpty()) {
                continue;
            }
            String[] sides = rule.split("=>", -1);
            boolean valid = rule.length() <= MAX_LENGTH && sides.length <= 2 && (sides.length == 2
                    ? !sides[0].isBlank() && !sides[1].isBlank() : rule.split(",").length >= 2);
            if (!valid) {
                errors.add(new FieldError("/rules/" + i, "同義語", "「" + rule + "」は同義語の規則として読めません。"
                        + "「マイナンバー, 個人番号」のように語をカンマで区切るか、「住基 => 住民基本台帳」のように書いてください。", "pattern"));
            }
            cleaned.add(rule);
        }
        if (cleaned.size() > MAX_RULES) {
            errors.add(new FieldError("/rules", "同義語", "同義語は" + MAX_RULES + "件までです。", "maxItems"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("delete from search_synonym").update();
        OffsetDateTime now = OffsetDateTime.now();
        cleaned.forEach(rule -> jdbc.sql("insert into search_synonym (rule, created_by, created_at) values (?, ?, ?)")
                .params(rule, actor.username(), now).update());
        return rules();
    }
}
