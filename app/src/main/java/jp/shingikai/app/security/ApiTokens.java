package jp.shingikai.app.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.system.Hashes;
import jp.shingikai.app.system.Sql;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.japanese.Wareki;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 個人用APIトークン: a password is checked once, when its owner issues a token; the client then sends the token, which
 * is looked up by its SHA-256 instead of being hashed with BCrypt on every request. A token acts with its owner's
 * roles as they are at each request, and nothing more.
 */
@Service
@RequiredArgsConstructor
public class ApiTokens {

    /** What a token starts with, so that one pasted where it should not be is recognised (secret scanners, logs). */
    static final String PREFIX = "shk_";
    private static final int DEFAULT_DAYS = 90;
    private static final int MAX_DAYS = 365;
    /** How often a token's use is written down (its last use, and the audit trail); not on every request. */
    private static final Duration USE_RECORDED_EVERY = Duration.ofHours(1);
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A new token for the person; the token itself is in the answer only. */
    @Transactional
    public IssuedToken issue(CurrentUser owner, String name, Integer days) {
        String label = JapaneseText.clean(name);
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidInputException("/name", "名前", label.isEmpty()
                    ? "「名前」を入力してください（どのクライアントに使うかが分かる名前。例: 集計スクリプト）。" : "「名前」は100文字以内で入力してください。");
        }
        int valid = days == null ? DEFAULT_DAYS : days;
        if (valid < 1 || valid > MAX_DAYS) {
            throw new InvalidInputException("/days", "有効期間", "「有効期間」は1日から" + MAX_DAYS + "日の間で指定してください。");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plusDays(valid);
        long id = Sql.insert(jdbc, "insert into api_token (username, name, token_sha256, created_at, expires_at) values (?, ?, ?, ?, ?)",
                owner.username(), label, hash(token), now, expires);
        events.publishEvent(new ApiTokenEvent(owner.username(), id, label, "を発行しました（有効期限 " + Wareki.format(expires, JAPAN) + "）"));
        return new IssuedToken(new ApiToken(id, label, now, expires, null, null), token);
    }

    public List<ApiToken> tokens(CurrentUser owner) {
        return jdbc.sql("select * from api_token where username = ? order by id desc").param(owner.username())
                .query((rs, row) -> new ApiToken(rs.getLong("id"), rs.getString("name"), Sql.timestamp(rs, "created_at"),
                        Sql.timestamp(rs, "expires_at"), Sql.timestamp(rs, "revoked_at"), Sql.timestamp(rs, "last_used_at")))
                .list();
    }

    /** 取り消し: the token stops working at once. Only its owner revokes it. */
    @Transactional
    public void revoke(CurrentUser owner, long id) {
        String name = jdbc.sql("select name from api_token where id = ? and username = ?").params(id, owner.username())
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("APIトークン", id));
        int revoked = jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(OffsetDateTime.now(clock), id).update();
        if (revoked > 0) {
            events.publishEvent(new ApiTokenEvent(owner.username(), id, name, "を取り消しました"));
        }
    }

    /** The owner a token acts for; empty for an unknown, expired or revoked one, or a disabled owner. */
    Optional<UserAccounts.SignedInUser> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Found> found = jdbc.sql("select id, username, name, last_used_at from api_token where token_sha256 = ?"
                        + " and revoked_at is null and expires_at > ?")
                .params(hash(token), now)
                .query((rs, row) -> new Found(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                        Sql.timestamp(rs, "last_used_at")))
                .optional();
        Optional<UserAccounts.SignedInUser> owner = found.flatMap(valid -> accounts.signedIn(valid.username()));
        found.filter(used -> owner.isPresent() && (used.lastUsed() == null || used.lastUsed().plus(USE_RECORDED_EVERY).isBefore(now)))
                .ifPresent(used -> {
                    jdbc.sql("update api_token set last_used_at = ? where id = ?").params(now, used.id()).update();
                    events.publishEvent(new ApiTokenEvent(used.username(), used.id(), used.name(), "で API を利用しました"));
                });
        return owner;
    }

    private static String hash(String token) {
        return Hashes.sha256(token.getBytes(StandardCharsets.US_ASCII));
    }

    private record Found(long id, String username, String name, OffsetDateTime lastUsed) {
    }

    /** A token as its owner sees it in the list: never the token itself. */
    public record ApiToken(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
            OffsetDateTime lastUsedAt) {

        /** The dates as the page prints them, in 和暦. */
        public String createdOnText() {
            return Wareki.format(createdAt, JAPAN);
        }

        public String expiresOnText() {
            return Wareki.format(expiresAt, JAPAN);
        }

        public String lastUsedText() {
            return lastUsedAt == null ? "—" : Wareki.format(lastUsedAt, JAPAN);
        }
    }

    /** @param token shown this once; only its hash is kept */
    public record IssuedToken(ApiToken issued, String token) {
    }

    /**
     * Issued, revoked, or used (at most once an hour per token), for the audit trail.
     *
     * @param what the rest of the sentence after the token's name
     */
    public record ApiTokenEvent(String username, long tokenId, String tokenName, String what) {
    }
}
