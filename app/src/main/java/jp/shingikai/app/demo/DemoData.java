package jp.shingikai.app.demo;

import java.util.List;
import java.util.Set;

import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration data, only under the {@code demo} profile: the Kodaira council with the departments of its 2022 packet,
 * and one user per role. The passwords are in README.md; never enable this profile in production.
 */
@Component
@Profile("demo")
@RequiredArgsConstructor
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** username, display name, department, roles. Each password is "demo-" + username. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("kankyo", "資源循環課 起案担当", "kankyo-shigen", Set.of(Role.DEPARTMENT)),
            new DemoUser("kankyo-kacho", "資源循環課長", "kankyo-shigen", Set.of(Role.SUPERVISOR)),
            new DemoUser("shimin", "市民課 起案担当", "shimin", Set.of(Role.DEPARTMENT)),
            new DemoUser("kosodate", "子育て支援課 起案担当", "kosodate", Set.of(Role.DEPARTMENT)),
            new DemoUser("soumu", "総務課 審査担当", null, Set.of(Role.SOUMU)),
            new DemoUser("jimukyoku", "審議会事務局", null, Set.of(Role.SECRETARIAT)),
            new DemoUser("iin-sato", "佐藤 委員", null, Set.of(Role.MEMBER)),
            new DemoUser("iin-suzuki", "鈴木 委員", null, Set.of(Role.MEMBER)),
            new DemoUser("iin-takahashi", "高橋 委員", null, Set.of(Role.MEMBER)),
            new DemoUser("etsuran", "閲覧 職員", null, Set.of(Role.VIEWER)));

    private final CouncilDirectory councils;
    private final UserAccounts users;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (councils.councilByCode("kodaira").isPresent()) {
            return;
        }
        Council council = councils.createCouncil("kodaira", "小平市", "小平市情報公開・個人情報保護・公文書管理審議会",
                "小平市個人情報保護条例", "小平市長 小林 洋子");
        councils.addDepartment(council.id(), "kankyo-shigen", "環境部資源循環課");
        councils.addDepartment(council.id(), "shimin", "市民部市民課");
        councils.addDepartment(council.id(), "chiiki-kyodo", "地域振興部市民協働・男女参画推進課");
        councils.addDepartment(council.id(), "kosodate", "子ども家庭部子育て支援課");
        for (DemoUser user : USERS) {
            users.create(user.username(), user.displayName(), "demo-" + user.username(), user.department(), user.roles());
            // .example is reserved for examples: these addresses reach no one outside a test's SMTP server.
            users.updateMailSettings(user.username(), new UserAccounts.MailSettings(user.username() + "@city.kodaira.example",
                    false));
            if (user.roles().contains(Role.MEMBER)) {
                councils.addMember(council.id(), user.username(), user.displayName().replace(" 委員", ""),
                        user.username().equals("iin-sato") ? "会長" : "委員");
            }
        }
        log.info("デモ用データを登録しました（小平市の審議会と利用者 {} 名。パスワードは README を参照）", USERS.size());
    }

    record DemoUser(String username, String displayName, String department, Set<Role> roles) {
    }
}
