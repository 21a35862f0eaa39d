package jp.shingikai.app.assessments;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.shingikai.app.assessments.internal.AssessmentRepository;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.registry.DocumentImport;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.search.importers.ImpactAssessment;
import jp.shingikai.search.importers.ImpactAssessmentReader;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * 評価書 as published by any municipality, imported with the registries: each 提供先 and 移転先 a record, so that
 * "which 評価書 provide to 全国健康保険協会?" is answered, and answered per municipality.
 */
@Service
@RequiredArgsConstructor
public class ImpactAssessments implements DocumentImport {

    private final AssessmentRepository assessments;
    private final ImpactAssessmentReader reader = new ImpactAssessmentReader();

    @Override
    public Optional<Read> read(String text, String source, String named) {
        if (!ImpactAssessmentReader.recognize(text)) {
            return Optional.empty();
        }
        ImpactAssessment read = reader.read(text, source);
        ImpactAssessment pia = named == null ? read : read.of(named);
        return Optional.of(new Read("特定個人情報保護評価書", pia.municipality(), pia.review(), importId -> {
            assessments.insert(pia, importId, source, null);
            return new Stored(1 + pia.transfers().size(), 0);
        }));
    }

    public List<Map<String, Object>> list() {
        return assessments.assessments();
    }

    public Map<String, Object> assessment(long id) {
        return assessments.assessment(id).orElseThrow(() -> new NotFoundException("評価書", id));
    }

    /** 提供先・移転先 named so, from every 評価書 kept. */
    public List<Map<String, Object>> transfersTo(String counterpart) {
        String words = JapaneseText.clean(counterpart == null ? "" : counterpart);
        if (words.isEmpty()) {
            throw new InvalidInputException("/counterpart", "提供先・移転先", "「提供先・移転先」を入力してください。例: 全国健康保険協会");
        }
        return assessments.transfersTo(words);
    }
}
