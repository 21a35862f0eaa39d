package jp.shingikai.app.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import jdk.jfr.Recording;
import jp.shingikai.app.Api;
import jp.shingikai.app.BenchmarkApplication;
import jp.shingikai.app.documents.MeetingPacket;
import jp.shingikai.app.meetings.Attendance;
import jp.shingikai.app.meetings.MeetingAttendance;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.meetings.NewMeeting;
import jp.shingikai.app.precedents.PrecedentIndexer;
import jp.shingikai.app.reports.Report;
import jp.shingikai.app.reports.ReportSteps;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.UserAccounts;
import jp.shingikai.processes.ConsultationWorkflow;
import jp.shingikai.processes.ConsultationWorkflow.Delegates;
import jp.shingikai.processes.ConsultationWorkflow.Messages;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import jp.shingikai.templates.DocumentGenerator;
import jp.shingikai.templates.DocumentTemplate;
import jp.shingikai.templates.TemplateSource;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Complete consultation lifecycles (起案 → 形式審査 → 会議割当 → 事前確認 by three members → 審議 → 答申 → 登録簿更新 →
 * 実施報告 → 報告 at a later meeting → 完了) taken through the application's services, without HTTP, as the people of
 * the demo council take them. Three runs of the same number of lifecycles, one after another, several rounds:
 * <ul>
 * <li>the application with its papers generated (諮問書, 説明書, the packet as .zip and PDF, 答申書, 届出書, 報告書);</li>
 * <li>the application without generating papers: a canned .docx is stored where each would be, and the packet is not
 * built;</li>
 * <li>the same BPMN models on a bare Flowable engine with no-op delegates, its tasks completed with the variables the
 * application gives them, on the same kind of database with the same history level and id generator.</li>
 * </ul>
 * Prints the median time of one lifecycle in each run and the ratios (bare ÷ application: 1.0 is as fast as bare).
 */
public final class LifecycleBenchmark {

    private static final int LIFECYCLES = Integer.getInteger("lifecycles", 40);
    private static final int ROUNDS = Integer.getInteger("rounds", 3);
    private static final JavaDelegate NO_OP = execution -> {
    };

    private LifecycleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = BenchmarkApplication.dataDirectory("lifecycle-benchmark");
        try (ConfigurableApplicationContext app = BenchmarkApplication.start(data.resolve("app"), WebApplicationType.SERVLET,
                List.of(CannedPapers.class), "--shingikai.search.embedded.temporary=true", "--server.port=0",
                "--shingikai.search.outbox-interval=1h", "--logging.level.root=WARN")) {
            ProcessEngine bare = bareEngine(data.resolve("bare"));
            try {
                Lifecycles lifecycles = new Lifecycles(app);
                BareLifecycles bareLifecycles = new BareLifecycles(bare);
                PrecedentIndexer indexer = app.getBean(PrecedentIndexer.class);
                // The search indexing a run queues is done between runs, not beside them: it is off the steps' path,
                // and on two cores it would slow whichever run came next.
                IntConsumer withPapers = lifecycles::withPapers;
                IntConsumer withoutPapers = lifecycles::withoutPapers;
                IntConsumer bareWalk = bareLifecycles::walk;
                // Warm both, then measure in alternating rounds so that neither run has the warmer JVM.
                for (IntConsumer run : List.of(withPapers, withoutPapers, bareWalk)) {
                    run(LIFECYCLES / 4, run);
                    settle(indexer);
                }
                double[][] medians = new double[3][ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    medians[0][round] = run(LIFECYCLES, withPapers);
                    settle(indexer);
                    try (Profile profile = Profile.start()) {
                        medians[1][round] = run(LIFECYCLES, withoutPapers);
                    }
                    settle(indexer);
                    medians[2][round] = run(LIFECYCLES, bareWalk);
                }
                double papersMillis = median(medians[0]);
                double noPapersMillis = median(medians[1]);
                double bareMillis = median(medians[2]);
                System.out.printf("諮問のライフサイクル %d 件 × %d 回（中央値、1件あたり）%n", LIFECYCLES, ROUNDS);
                System.out.printf("  アプリ（資料を作成）   %7.1f ms  比 %.2f%n", papersMillis, bareMillis / papersMillis);
                System.out.printf("  アプリ（資料を作成せず）%7.1f ms  比 %.2f%n", noPapersMillis, bareMillis / noPapersMillis);
                System.out.printf("  Flowable だけ          %7.1f ms%n", bareMillis);
            } finally {
                bare.close();
            }
        }
    }

    /**
     * With {@code -Dprofile=<file>.jfr}, a flight recording (JFR's profile settings) of the runs without papers, the one
     * with a target, each round's appended as a file of its own.
     */
    private record Profile(Recording recording, Path file) implements AutoCloseable {

        static Profile start() throws IOException, ParseException {
            String file = System.getProperty("profile");
            if (file == null) {
                return new Profile(null, null);
            }
            Recording recording = new Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
            return new Profile(recording, Path.of(file.replace(".jfr", "-" + System.nanoTime() + ".jfr")));
        }

        @Override
        public void close() throws IOException {
            if (recording != null) {
                recording.stop();
                recording.dump(file);
                recording.close();
                System.out.println("プロファイル: " + file.toAbsolutePath());
            }
        }
    }

    /** Indexes what the runs queued for the search engine, so that it does not run beside the next one. */
    private static void settle(PrecedentIndexer indexer) {
        while (indexer.drain() > 0) {
            // The outbox is drained in batches.
        }
    }

    /** Runs the lifecycles one after another and answers the median milliseconds of one. */
    private static double run(int count, IntConsumer lifecycle) {
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            lifecycle.accept(i);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        return median(millis);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static ProcessEngine bareEngine(Path directory) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:file:" + directory.resolve("flowable"));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory("full");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setAsyncExecutorActivate(false);
        configuration.setBeans(Map.of(Delegates.PREPARE_HANDOUTS, NO_OP, Delegates.REMIND_MEMBERS, NO_OP,
                Delegates.PREPARE_ANSWER_DOCUMENT, NO_OP));
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/consultation/consultation.bpmn20.xml")
                .addClasspathResource("processes/consultation/report.bpmn20.xml")
                .deploy();
        return engine;
    }

    /** The lifecycle through the application's services, as the demo council's people take it. */
    private static final class Lifecycles {

        private final ConsultationSteps consultations;
        private final ConsultationService cases;
        private final ReportSteps reports;
        private final MeetingService meetings;
        private final MeetingAttendance attendance;
        private final MeetingPacket packet;
        private final ManagementService management;
        private final ObjectMapper json;
        private final CurrentUser department;
        private final CurrentUser soumu;
        private final CurrentUser secretariat;
        private final List<CurrentUser> members;
        private int meetingNumber = 100;

        Lifecycles(ConfigurableApplicationContext app) {
            consultations = app.getBean(ConsultationSteps.class);
            cases = app.getBean(ConsultationService.class);
            reports = app.getBean(ReportSteps.class);
            meetings = app.getBean(MeetingService.class);
            attendance = app.getBean(MeetingAttendance.class);
            packet = app.getBean(MeetingPacket.class);
            management = app.getBean(ManagementService.class);
            json = app.getBean(ObjectMapper.class);
            UserAccounts users = app.getBean(UserAccounts.class);
            department = users.find("kankyo").orElseThrow();
            soumu = users.find("soumu").orElseThrow();
            secretariat = users.find("jimukyoku").orElseThrow();
            members = List.of(users.find("iin-sato").orElseThrow(), users.find("iin-suzuki").orElseThrow(),
                    users.find("iin-takahashi").orElseThrow());
        }

        void withPapers(int i) {
            CannedPapers.generating = true;
            walk(true);
        }

        void withoutPapers(int i) {
            CannedPapers.generating = false;
            walk(false);
        }

        private void walk(boolean buildPacket) {
            // Planning the two meetings is the secretariat's work of the year, not of this case: it is timed too, as
            // it is a few rows against the lifecycle's hundreds.
            long meeting = plan(30);
            long laterMeeting = plan(90);

            long id = consultations.create(department, Api.kodairaQuestionnaireDraft()).id();
            consultations.submit(department, id, null);
            consultations.take(soumu, id, Tasks.FORMAL_REVIEW, Api.FORMAL_REVIEW_ACCEPTED);
            consultations.take(secretariat, id, Tasks.MEETING_ASSIGNMENT, json.valueToTree(Map.of("meetingId", meeting)));
            if (buildPacket) {
                packet.build(secretariat, meeting);
                packet.distribute(secretariat, meeting);
            } else {
                meetings.distribute(secretariat, meeting);
            }
            members.forEach(member -> consultations.take(member, id, Tasks.MEMBER_REVIEW, json.createObjectNode()));
            hold(meeting);
            consultations.take(secretariat, id, Tasks.RECORD_ANSWER,
                    json.valueToTree(Map.of("outcome", "APPROVED", "answeredOn", LocalDate.now(ZoneId.of("Asia/Tokyo")).toString())));
            consultations.take(department, id, Tasks.REGISTRY_UPDATE, json.valueToTree(Map.of("change", "START",
                    "effectiveOn", "令和4年3月16日", "recordedItems", Map.of("basic", List.of("識別番号", "氏名", "住所")),
                    "processing", List.of("電算"), "collectionSources", List.of("本人以外"), "outsourcing", true)));
            Job due = management.createTimerJobQuery().elementId("implementationReportDue")
                    .processInstanceId(cases.load(id).processInstanceId()).singleResult();
            management.executeJob(management.moveTimerToExecutableJob(due.getId()).getId());

            Report report = reports.createImplementationReport(department, id, json.valueToTree(Map.of(
                    "title", "市民アンケート調査における個人情報の取扱いについて（報告）",
                    "summary", "調査票を送付し、回収後に抽出データを消去した。")));
            reports.submit(department, report.id(), null);
            reports.take(soumu, report.id(), Tasks.REPORT_REVIEW, json.valueToTree(Map.of("outcome", "ACCEPTED")));
            reports.take(secretariat, report.id(), Tasks.REPORT_ASSIGNMENT, json.valueToTree(Map.of("meetingId", laterMeeting)));
            hold(laterMeeting);
        }

        private long plan(int daysAhead) {
            return meetings.plan(secretariat, new NewMeeting("kodaira", meetingNumber++,
                    LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(daysAhead), LocalTime.of(17, 30), "市役所3階 庁議室",
                    List.of(1L, 2L, 3L), 10)).id();
        }

        private void hold(long meeting) {
            attendance.record(secretariat, meeting, json.convertValue(Map.of(
                    "members", List.of(Map.of("memberId", 1, "status", "PRESENT"), Map.of("memberId", 2, "status", "PRESENT"),
                            Map.of("memberId", 3, "status", "PRESENT")),
                    "presidedBy", 1, "presidingRole", "CHAIR", "secretariat", List.of("総務部総務課長"), "publicAttendees", 0),
                    Attendance.class));
            meetings.hold(secretariat, meeting, null);
        }
    }

    /** The same models on a bare engine: each task completed with the variables the application would set. */
    private record BareLifecycles(ProcessEngine engine) {

        void walk(int i) {
            RuntimeService runtime = engine.getRuntimeService();
            String consultation = runtime.startProcessInstanceByKey(ConsultationWorkflow.CONSULTATION_PROCESS, "case-" + i,
                    Map.of(Variables.CASE_ID, (long) i, Variables.DEPARTMENT_CODE, "kankyo-shigen",
                            Variables.SUPERVISOR_REVIEW_REQUIRED, false, Variables.REPORT_DUE_AFTER, "P90D")).getId();
            complete(consultation, Tasks.DRAFT, Map.of());
            complete(consultation, Tasks.FORMAL_REVIEW, Map.of(Variables.FORMAL_REVIEW_OUTCOME, "ACCEPTED"));
            complete(consultation, Tasks.MEETING_ASSIGNMENT, Map.of(Variables.MEETING_ID, 1L,
                    Variables.MEMBERS, List.of("iin-sato", "iin-suzuki", "iin-takahashi"), Variables.REMINDER_AT, "2099-01-01T00:00:00Z"));
            TaskService tasks = engine.getTaskService();
            tasks.createTaskQuery().processInstanceId(consultation).taskDefinitionKey(Tasks.MEMBER_REVIEW).list()
                    .forEach(task -> tasks.complete(task.getId()));
            meetingHeld(consultation);
            complete(consultation, Tasks.RECORD_ANSWER, Map.of(Variables.ANSWER_OUTCOME, "APPROVED"));
            complete(consultation, Tasks.REGISTRY_UPDATE, Map.of());
            ManagementService management = engine.getManagementService();
            Job due = management.createTimerJobQuery().processInstanceId(consultation).singleResult();
            management.executeJob(management.moveTimerToExecutableJob(due.getId()).getId());
            String report = runtime.createProcessInstanceQuery().superProcessInstanceId(consultation).singleResult().getId();
            complete(report, Tasks.REPORT_DRAFT, Map.of(Variables.REPORT_ID, (long) i));
            complete(report, Tasks.REPORT_REVIEW, Map.of(Variables.REPORT_REVIEW_OUTCOME, "ACCEPTED"));
            complete(report, Tasks.REPORT_ASSIGNMENT, Map.of(Variables.MEETING_ID, 2L));
            meetingHeld(report);
            if (runtime.createProcessInstanceQuery().processInstanceId(consultation).count() > 0) {
                throw new IllegalStateException("the bare lifecycle did not end: " + consultation);
            }
        }

        private void complete(String processInstance, String taskKey, Map<String, Object> variables) {
            TaskService tasks = engine.getTaskService();
            tasks.complete(tasks.createTaskQuery().processInstanceId(processInstance).taskDefinitionKey(taskKey).singleResult()
                    .getId(), variables);
        }

        private void meetingHeld(String processInstance) {
            RuntimeService runtime = engine.getRuntimeService();
            runtime.createExecutionQuery().processInstanceId(processInstance).messageEventSubscriptionName(Messages.MEETING_HELD)
                    .list().forEach(waiting -> runtime.messageEventReceived(Messages.MEETING_HELD, waiting.getId()));
        }
    }

    /**
     * Stands in for the application's paper generator: it generates while {@link #generating} is set, and otherwise
     * answers the .docx it last generated from the same template, so the papers are stored but not made.
     */
    @Configuration(proxyBeanMethods = false)
    static class CannedPapers {

        static volatile boolean generating = true;

        @Bean
        static BeanPostProcessor cannedPaperGenerator(ObjectProvider<TemplateSource> templates) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DocumentGenerator && !(bean instanceof Canned) ? new Canned(templates.getObject()) : bean;
                }
            };
        }

        private static final class Canned extends DocumentGenerator {

            private final Map<DocumentTemplate, byte[]> last = new ConcurrentHashMap<>();

            Canned(TemplateSource templates) {
                super(templates);
            }

            @Override
            public byte[] generate(DocumentTemplate template, Map<String, ?> data) {
                byte[] canned = last.get(template);
                if (generating || canned == null) {
                    canned = super.generate(template, data);
                    last.put(template, canned);
                }
                return canned;
            }
        }
    }
}
