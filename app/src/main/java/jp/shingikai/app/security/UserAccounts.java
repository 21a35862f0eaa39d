package jp.shingikai.app.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.shingikai.processes.ConsultationWorkflow.Groups;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who may sign in, with their roles and department, kept in the database with BCrypt hashes. */
@Service
@RequiredArgsConstructor
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    @Transactional
    public CurrentUser create(String username, String displayName, String rawPassword, String departmentCode,
            Collection<Role> roles) {
        jdbc.sql("insert into app_user (username, display_name, password_hash, department_code) values (?, ?, ?, ?)")
                .params(username, displayName, passwords.encode(rawPassword), departmentCode).update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (username, role) values (?, ?)").params(username, role.name()).update();
        }
        return find(username).orElseThrow();
    }

    /**
     * The user with their roles. The roles are read after the user's row, not while it is being read: outside a
     * transaction a query inside the row mapper takes a second connection while holding the first, and enough
     * requests at once then wait on each other until the pool times out.
     */
    public Optional<CurrentUser> find(String username) {
        return jdbc.sql("select username, display_name, department_code from app_user where username = ?").param(username)
                .query((rs, row) -> new UserRow(rs.getString("username"), rs.getString("display_name"), rs.getString("department_code")))
                .optional()
                .map(user -> new CurrentUser(user.username(), user.displayName(), roles(user.username()), user.departmentCode()));
    }

    private record UserRow(String username, String displayName, String departmentCode) {
    }

    /** The people a task offered to this candidate group is for (総務課, the secretariat, a department's drafters…). */
    public List<String> inGroup(String group) {
        if (group.startsWith(Groups.department(""))) {
            return withRole(Role.DEPARTMENT, group.substring(Groups.department("").length()));
        }
        if (group.startsWith(Groups.supervisor(""))) {
            return withRole(Role.SUPERVISOR, group.substring(Groups.supervisor("").length()));
        }
        return switch (group) {
            case Groups.GENERAL_AFFAIRS -> withRole(Role.SOUMU, null);
            case Groups.SECRETARIAT -> withRole(Role.SECRETARIAT, null);
            default -> List.of();
        };
    }

    private List<String> withRole(Role role, String departmentCode) {
        String users = "select u.username from app_user u join app_user_role r on r.username = u.username"
                + " where r.role = ? and u.enabled";
        // A typed parameter in each query: PostgreSQL cannot type "? is null" on its own.
        return departmentCode == null
                ? jdbc.sql(users + " order by u.username").param(role.name()).query(String.class).list()
                : jdbc.sql(users + " and u.department_code = ? order by u.username").params(role.name(), departmentCode)
                        .query(String.class).list();
    }

    /** Where mail to this person goes: their address, unless they have none or asked for no mail. */
    public Optional<String> mailAddress(String username) {
        return jdbc.sql("select email from app_user where username = ? and enabled and not mail_opt_out and email is not null")
                .param(username).query(String.class).optional();
    }

    public MailSettings mailSettings(String username) {
        return jdbc.sql("select email, mail_opt_out from app_user where username = ?").param(username)
                .query((rs, row) -> new MailSettings(rs.getString("email"), rs.getBoolean("mail_opt_out"))).single();
    }

    public void updateMailSettings(String username, MailSettings settings) {
        jdbc.sql("update app_user set email = ?, mail_opt_out = ? where username = ?")
                .params(settings.email(), settings.optOut(), username).update();
    }

    /** A person's mail address (or none) and whether they want mail at all. */
    public record MailSettings(String email, boolean optOut) {
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Integer.class).single() > 0;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return signedIn(username).orElseThrow(() -> new UsernameNotFoundException("利用者が見つかりません: " + username));
    }

    /** The principal of an enabled user: for a password check, or for a request that proved who it is by an API token. */
    Optional<SignedInUser> signedIn(String username) {
        return jdbc.sql("select password_hash from app_user where username = ? and enabled").param(username)
                .query(String.class).optional().flatMap(hash -> find(username).map(user -> new SignedInUser(user, hash)));
    }

    private Set<Role> roles(String username) {
        List<String> names = jdbc.sql("select role from app_user_role where username = ?").param(username)
                .query(String.class).list();
        Set<Role> roles = new HashSet<>();
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    /** Spring Security's principal, carrying who the person is in this application's terms. */
    public static final class SignedInUser extends User {

        private final CurrentUser user;

        SignedInUser(CurrentUser user, String passwordHash) {
            super(user.username(), passwordHash,
                    user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
            this.user = user;
        }

        public CurrentUser user() {
            return user;
        }
    }
}
