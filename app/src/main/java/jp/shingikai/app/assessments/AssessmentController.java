package jp.shingikai.app.assessments;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 評価書 kept from imports and 第三者点検, and their 提供先・移転先 across municipalities. */
@RestController
@RequiredArgsConstructor
class AssessmentController {

    private final ImpactAssessments assessments;

    @GetMapping("/api/assessments")
    List<Map<String, Object>> list() {
        return assessments.list();
    }

    @GetMapping("/api/assessments/{id}")
    Map<String, Object> assessment(@PathVariable long id) {
        return assessments.assessment(id);
    }

    /** Who provides or transfers to this counterpart: {@code ?counterpart=全国健康保険協会}. */
    @GetMapping("/api/assessments/transfers")
    List<Map<String, Object>> transfers(@RequestParam(required = false) String counterpart) {
        return assessments.transfersTo(counterpart);
    }
}
