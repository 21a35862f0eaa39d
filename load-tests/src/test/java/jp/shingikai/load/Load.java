package jp.shingikai.load;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What the simulations share: the application under load and how long ({@code -Dbase}, {@code -Dseconds},
 * {@code -Dclients}), the demo users, the words staff search for, and the API tokens the clients use.
 */
final class Load {

    static final String BASE = System.getProperty("base", "http://localhost:18080");
    static final int SECONDS = Integer.getInteger("seconds", 60);
    static final int CLIENTS = Integer.getInteger("clients", 50);
    /** A run that has not finished this long after its planned end is stopped. */
    static final int GRACE_SECONDS = 20;

    private static final List<String> TERMS = List.of("住民基本台帳", "個人番号", "介護保険", "目的外利用", "アンケート", "給付金",
            "防犯カメラ", "国保", "被災者 証明書", "図書館");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"(shk_[^\"]+)\"");

    private Load() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE).acceptLanguageHeader("ja").userAgentHeader("shingikai-load-tests");
    }

    /** Every request answered as the scenario expects: no error, no failed check. */
    static Assertion noErrors() {
        return global().failedRequests().count().is(0L);
    }

    /** Search words, round and round. */
    static Iterator<Map<String, Object>> terms() {
        return Stream.iterate(0, i -> i + 1).map(i -> Map.<String, Object>of("term", TERMS.get(i % TERMS.size()))).iterator();
    }

    /** The demo users given, round and round, each with a token of its own issued once for the run. */
    static Iterator<Map<String, Object>> clients(String... users) {
        List<Map<String, Object>> tokens = Stream.of(users).map(user -> Map.<String, Object>of("user", user, "token", token(user))).toList();
        return Stream.iterate(0, i -> i + 1).map(i -> tokens.get(i % tokens.size())).iterator();
    }

    /** A personal API token of a demo user, issued with its password: the run's only BCrypt check for that client. */
    static String token(String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/account/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"負荷試験\",\"days\":1}")).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = TOKEN.matcher(response.body());
            if (response.statusCode() != 201 || !token.find()) {
                throw new IllegalStateException(user + " のトークンを発行できません: " + response.statusCode() + " " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("アプリケーション（" + BASE + "）に接続できません", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A resource of the classpath as text: the forms' example draft. */
    static String resource(String name) {
        try (InputStream in = Load.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
