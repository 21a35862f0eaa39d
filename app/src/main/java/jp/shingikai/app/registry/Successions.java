package jp.shingikai.app.registry;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.registry.internal.RegistryRepository;
import jp.shingikai.app.registry.internal.RegistryRepository.Entry;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.japanese.JapaneseText;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * From the 条例's 登録簿 to the Act's ファイル簿: which files succeed an operation, as 総務課 linked them, and which
 * entries of the other register look like its successor or predecessor (same municipality, a name of the same words,
 * the same department), offered for linking.
 */
@Component
@RequiredArgsConstructor
class Successions {

    private static final int SUGGESTIONS = 5;
    private static final double LIKENESS = 0.25;
    /** Words a register adds to what the operation or file is about. */
    private static final String GENERIC = "(個人情報)?(ファイル|事務|業務|台帳|関係|に関する|等)";

    private final RegistryRepository registry;
    private final SearchOutbox outbox;

    /** The entries linked on the other side: files after an operation, operations before a file. */
    List<Entry> linked(Entry entry) {
        return isFile(entry) ? registry.predecessors(entry.id()) : registry.successors(entry.id());
    }

    /** Unlinked entries of the other register of the same municipality that look like this one, most alike first. */
    List<Entry> suggestions(Entry entry) {
        Set<Long> linked = new HashSet<>();
        linked(entry).forEach(other -> linked.add(other.id()));
        String otherRegister = isFile(entry) ? Register.OPERATION.name() : Register.FILE.name();
        return registry.entries(entry.municipality(), "").stream()
                .filter(other -> other.register().equals(otherRegister) && !linked.contains(other.id()))
                .filter(other -> likeness(entry, other) >= LIKENESS)
                .sorted(Comparator.comparingDouble((Entry other) -> likeness(entry, other)).reversed())
                .limit(SUGGESTIONS)
                .toList();
    }

    /** 総務課 or the secretariat links an operation and a file of the same municipality, in either order. */
    @Transactional
    Entry link(CurrentUser actor, long id, Long otherId) {
        if (!actor.has(Role.SOUMU) && !actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("登録簿とファイル簿の対応付けは総務課または事務局が行います。");
        }
        if (otherId == null) {
            throw new InvalidInputException("/entryId", "対応する登録", "対応付ける登録を指定してください。");
        }
        Entry entry = registry.entry(id).orElseThrow(() -> new NotFoundException("登録", id));
        Entry other = registry.entry(otherId).orElseThrow(() -> new InvalidInputException("/entryId", "対応する登録",
                "対応付ける登録（" + otherId + "）が見つかりません。"));
        if (isFile(entry) == isFile(other)) {
            throw new InvalidInputException("/entryId", "対応する登録", "個人情報取扱事務登録簿の登録と個人情報ファイル簿のファイルを組み合わせてください。");
        }
        if (!entry.municipality().equals(other.municipality())) {
            throw new InvalidInputException("/entryId", "対応する登録", "団体が異なる登録（" + other.municipality() + "）は対応付けられません。");
        }
        Entry operation = isFile(entry) ? other : entry;
        Entry file = isFile(entry) ? entry : other;
        registry.link(operation.id(), file.id(), actor.username());
        outbox.enqueue(SearchOutbox.Document.REGISTRY_ENTRY, operation.id());
        outbox.enqueue(SearchOutbox.Document.REGISTRY_ENTRY, file.id());
        return entry;
    }

    private static boolean isFile(Entry entry) {
        return entry.register().equals(Register.FILE.name());
    }

    /** Dice's coefficient of the names' character pairs, without the words every register adds, and 0.2 for one department. */
    static double likeness(Entry a, Entry b) {
        Set<String> first = pairs(a.operationName());
        Set<String> second = pairs(b.operationName());
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(first);
        common.retainAll(second);
        double names = 2.0 * common.size() / (first.size() + second.size());
        return names + (a.department().equals(b.department()) ? 0.2 : 0);
    }

    private static Set<String> pairs(String name) {
        String core = JapaneseText.normalize(name).replaceAll("[\\s()（）]", "").replaceAll(GENERIC, "");
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= core.length(); i++) {
            pairs.add(core.substring(i, i + 2));
        }
        return pairs;
    }
}
