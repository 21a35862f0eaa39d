package jp.shingikai.app.precedents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jp.shingikai.app.cases.ConsultationStatus;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.query.ConsultationSearch;
import jp.shingikai.search.query.Found;
import jp.shingikai.search.query.PaperSearch;
import jp.shingikai.search.query.RegistrySearch;
import org.springframework.stereotype.Service;

/** 先例検索 for the API: reads the year as people write it and searches this installation's registry index. */
@Service
public class PrecedentSearch {

    private final RegistrySearch search;
    private final ConsultationSearch consultations;
    private final PaperSearch papers;
    private final SearchIndices indices;

    PrecedentSearch(ElasticsearchClient client, SearchIndices indices) {
        this.search = new RegistrySearch(client);
        this.consultations = new ConsultationSearch(client);
        this.papers = new PaperSearch(client);
        this.indices = indices;
    }

    /** The papers themselves, generated and imported: those of drafts and withdrawn cases are left out. */
    public Found<PaperSearch.Match> papers(String query, String documentType, String municipality, String department,
            String fiscalYear, String sort, int page) {
        Words words = Words.of(query, fiscalYear);
        return EngineCalls.answer(() -> {
            indices.ensure(SearchIndices.DOCUMENTS);
            return papers.search(indices.alias(SearchIndices.DOCUMENTS), new PaperSearch.Criteria(words.query(), documentType,
                    municipality, department, year(words.year()), "date".equals(sort), page), ConsultationStatus.notPrecedents());
        });
    }

    /**
     * Past consultations (ours from acceptance on, and those other councils published), faceted by ground, 答申, 年度,
     * department, municipality and kind.
     */
    public Found<ConsultationSearch.Match> consultations(ConsultationQuery query) {
        Words words = Words.of(query.q(), query.fiscalYear());
        return EngineCalls.answer(() -> {
            indices.ensure(SearchIndices.CONSULTATIONS);
            return consultations.search(indices.alias(SearchIndices.CONSULTATIONS), new ConsultationSearch.Criteria(words.query(),
                    query.ground(), query.outcome(), year(words.year()), query.department(), query.municipality(),
                    query.kind(), "date".equals(query.sort()), query.page()), ConsultationStatus.notPrecedents());
        });
    }

    /**
     * What a search of past consultations asks; blank filters do not narrow.
     *
     * @param kind CONSULTATION (諮問) or REPORT (報告)
     */
    public record ConsultationQuery(String q, String ground, String outcome, String fiscalYear, String department,
            String municipality, String kind, String sort, int page) {
    }

    /** @param era OPERATION (条例期の登録簿) or FILE (ファイル簿); both when blank */
    public Found<RegistrySearch.Match> search(String query, String era, String municipality, String department, String kind,
            String year, String sort, int page) {
        Words words = Words.of(query, year);
        return EngineCalls.answer(() -> {
            // A search can come before the start-up check has created the index, or after someone removed it.
            indices.ensure(SearchIndices.REGISTRY);
            return search.search(indices.alias(SearchIndices.REGISTRY), new RegistrySearch.Criteria(words.query(), era,
                    municipality, department, kind, year(words.year()), "date".equals(sort), page));
        });
    }

    /**
     * The words of a query, with a year written among them (平成25年 被災者, 2013年 がん) taken out to narrow like the
     * year filter, unless a year is chosen already.
     */
    record Words(String query, String year) {

        private static final Pattern WESTERN_YEAR = Pattern.compile("\\d{4}年度?");

        static Words of(String query, String year) {
            String text = JapaneseText.clean(query);
            if (!JapaneseText.clean(year).isEmpty() || text.contains("\"")) {
                return new Words(query, year);
            }
            List<String> words = new ArrayList<>(List.of(text.split("\\s+")));
            Optional<String> written = words.stream()
                    .filter(word -> WESTERN_YEAR.matcher(word).matches() || Wareki.parseYear(word).isPresent()).findFirst();
            written.ifPresent(words::remove);
            return written.map(found -> new Words(String.join(" ", words), found)).orElse(new Words(query, year));
        }
    }

    /** 令和3年, 令和3年度, R3 and 2021 all name 2021. */
    static Integer year(String text) {
        String value = JapaneseText.clean(text);
        if (value.isEmpty()) {
            return null;
        }
        if (value.matches("\\d{4}年?")) {
            return Integer.parseInt(value.substring(0, 4));
        }
        return Wareki.parseYear(value).orElseThrow(() -> new InvalidInputException("/year", "年",
                "「" + text + "」は年として読めません。例: 令和3年、2021"));
    }
}
