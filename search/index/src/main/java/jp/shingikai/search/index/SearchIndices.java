package jp.shingikai.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.json.JsonData;

/**
 * The indices behind aliases: the application reads and writes the alias ({@code shingikai-registry}); a rebuild fills
 * a new timestamped index and moves the alias to it in one step, so searches never see a half-built index.
 */
public final class SearchIndices {

    /** The registry entries' index family (its mappings are {@code registry-mappings.json}). */
    public static final String REGISTRY = "registry";
    /** The consultations' index family ({@code consultations-mappings.json}). */
    public static final String CONSULTATIONS = "consultations";
    /** The papers' index family, generated and imported alike ({@code documents-mappings.json}). */
    public static final String DOCUMENTS = "documents";
    /** What the public portal publishes, and nothing else ({@code public-mappings.json}). */
    public static final String PUBLIC = "public";
    private static final String SETTINGS = "japanese-analysis.json";
    private static final String MAPPINGS_VERSION = "mappingsVersion";

    private final ElasticsearchClient client;
    private final String prefix;

    /**
     * @param prefix names this application's indices ({@code <prefix>-registry}), so that several installations, or
     *               test databases, can share one cluster without seeing each other's documents
     */
    public SearchIndices(ElasticsearchClient client, String prefix) {
        if (!prefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("索引名の接頭辞は英小文字・数字・-・_ で指定してください: " + prefix);
        }
        this.client = client;
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** Deletes every index of this prefix: for throwaway installations such as test contexts. */
    public void deleteAll() throws IOException {
        // Elasticsearch refuses wildcard deletes by default: name each index.
        List<String> names = List.copyOf(client.indices().get(g -> g.index(prefix + "-*").allowNoIndices(true)).result().keySet());
        if (!names.isEmpty()) {
            client.indices().delete(d -> d.index(names));
        }
    }

    /** The alias the application reads and writes for an index family. */
    public String alias(String family) {
        return prefix + "-" + family;
    }

    /** Creates the index and its alias if the alias does not exist yet. */
    public synchronized void ensure(String family) throws IOException {
        String alias = alias(family);
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            String index = createIndex(family);
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
        }
    }

    /**
     * Builds a fresh index from {@code source}, then points the alias at it and drops the old one.
     *
     * @param fill writes every document into the bulk request for the new index (named by its argument)
     * @return the number of documents indexed
     */
    public synchronized long rebuild(String family, Function<String, BulkRequest> fill) throws IOException {
        String alias = alias(family);
        String index = createIndex(family);
        BulkRequest bulk = fill.apply(index);
        if (!bulk.operations().isEmpty()) {
            BulkResponse response = client.bulk(bulk);
            if (response.errors()) {
                client.indices().delete(d -> d.index(index));
                throw new IOException("索引の再構築で登録できない文書がありました: " + response.items().stream()
                        .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse(""));
            }
        }
        client.indices().refresh(r -> r.index(index));
        Map<String, ?> current = client.indices().getAlias(g -> g.name(alias).ignoreUnavailable(true)).result();
        client.indices().updateAliases(u -> {
            current.keySet().forEach(old -> u.actions(a -> a.remove(remove -> remove.index(old).alias(alias))));
            return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
        });
        for (String old : current.keySet()) {
            client.indices().delete(d -> d.index(old));
        }
        return bulk.operations().size();
    }

    /** The documents of an index family, after making every write visible. */
    public long count(String family) throws IOException {
        client.indices().refresh(r -> r.index(alias(family)));
        return client.count(c -> c.index(alias(family))).count();
    }

    /**
     * Whether the index behind the alias was built from today's settings and mappings. An index made by an older
     * release (a field added since, say) is not, and is rebuilt rather than refusing the new documents.
     */
    public boolean isCurrent(String family) throws IOException {
        String alias = alias(family);
        String version = mappingsVersion(family);
        return client.indices().getMapping(g -> g.index(alias)).result().values().stream()
                .allMatch(index -> index.mappings().meta().containsKey(MAPPINGS_VERSION)
                        && index.mappings().meta().get(MAPPINGS_VERSION).to(String.class).equals(version));
    }

    private String createIndex(String family) throws IOException {
        String index = alias(family) + "-" + Instant.now().toEpochMilli();
        String version = mappingsVersion(family);
        try (InputStream settings = resource(SETTINGS); InputStream mappings = resource(family + "-mappings.json")) {
            client.indices().create(c -> c.index(index).settings(s -> s.withJson(settings))
                    .mappings(m -> m.withJson(mappings).meta(MAPPINGS_VERSION, JsonData.of(version))));
        }
        return index;
    }

    /** A digest of the settings and mappings an index of the family is created with. */
    private static String mappingsVersion(String family) throws IOException {
        try (InputStream settings = resource(SETTINGS); InputStream mappings = resource(family + "-mappings.json")) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(settings.readAllBytes());
            digest.update(mappings.readAllBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SearchIndices.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("index resource missing: " + name));
        }
        return in;
    }
}
