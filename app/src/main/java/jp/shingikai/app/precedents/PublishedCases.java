package jp.shingikai.app.precedents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.registry.DocumentImport;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.processes.AnswerOutcome;
import jp.shingikai.search.importers.CouncilPacket;
import jp.shingikai.search.importers.CouncilPacketReader;
import jp.shingikai.search.importers.Provenance;
import jp.shingikai.search.importers.ReviewItem;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * Council papers other municipalities publish, imported with the registries: each 諮問 and 報告 a precedent of its
 * municipality, searched with ours and offered as 類似案件; a 答申 imported with it or later gives it its outcome.
 */
@Service
@RequiredArgsConstructor
public class PublishedCases implements DocumentImport {

    private final PublishedCaseRepository cases;
    private final SearchOutbox outbox;
    private final CouncilPacketReader reader = new CouncilPacketReader();

    @Override
    public Optional<Read> read(String text, String source, String named) {
        return CouncilPacketReader.recognize(text) ? Optional.of(reading(reader.read(text, source), source, named)) : Optional.empty();
    }

    /** Each 諮問 and 報告 a case of the municipality named, else of the one the packet names. */
    private Read reading(CouncilPacket packet, String source, String named) {
        String municipality = named == null ? packet.municipality() : named;
        List<ReviewItem> review = new ArrayList<>(packet.review());
        if (municipality.isEmpty()) {
            review.add(new ReviewItem(packet.council().isEmpty() ? source : packet.council(),
                    "団体名が読み取れません。取込み時に団体名を指定するか、確認してください", new Provenance(source, "審議会資料", 1)));
        }
        packet.items().stream().filter(item -> item.kind() == CouncilPacket.ItemKind.ANSWER && item.outcome() == null)
                .forEach(item -> review.add(new ReviewItem(item.subject(), "答申の結論（妥当・不承認など）が読み取れません", item.provenance())));
        return new Read("審議会資料（諮問・報告・答申）", municipality, review, importId -> {
            int created = 0;
            for (CouncilPacket.Item item : packet.items()) {
                boolean isNew = item.kind() == CouncilPacket.ItemKind.ANSWER ? answer(municipality, packet, item, importId)
                        : keep(municipality, packet, item, importId);
                created += isNew ? 1 : 0;
            }
            return new Stored(created, packet.items().size() - created);
        });
    }

    /** Returns whether the case is new. */
    private boolean keep(String municipality, CouncilPacket packet, CouncilPacket.Item item, long importId) {
        Optional<Long> earlier = cases.find(municipality, item.kind(), item.subjectKey());
        long id = earlier.orElseGet(() -> cases.insert(municipality, packet, item, item.kind(), importId));
        earlier.ifPresent(found -> cases.update(publishedCase(found), packet, item, importId));
        outbox.enqueue(SearchOutbox.Document.PUBLISHED_CASE, id);
        return earlier.isEmpty();
    }

    /** A 答申 whose 諮問 is not in yet becomes the case, and the packet that brings the 諮問 later fills it in. */
    private boolean answer(String municipality, CouncilPacket packet, CouncilPacket.Item item, long importId) {
        Optional<Long> answered = cases.answered(municipality, item);
        CouncilPacket noMeeting = new CouncilPacket(municipality, packet.council(), "", null, List.of(), List.of());
        long id = answered.orElseGet(() -> cases.insert(municipality, noMeeting, item, CouncilPacket.ItemKind.CONSULTATION, importId));
        cases.answer(id, item.outcome() == null ? null : AnswerOutcome.valueOf(item.outcome()), packet.meetingDate(), item.text(), importId);
        outbox.enqueue(SearchOutbox.Document.PUBLISHED_CASE, id);
        return answered.isEmpty();
    }

    public PublishedCase publishedCase(long id) {
        return cases.publishedCase(id).orElseThrow(() -> new NotFoundException("公表された案件", id));
    }

    Optional<PublishedCase> find(long id) {
        return cases.publishedCase(id);
    }

    List<Long> ids() {
        return cases.ids();
    }
}
