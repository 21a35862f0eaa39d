package jp.shingikai.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /** The filter holding the 同義語 rules, and the analyzer the Japanese text fields are searched with. */
    static final String SYNONYMS_FILTER = "ja_synonyms";
    static final String SEARCH_ANALYZER = "ja_search";
    private static final String TEXT_ANALYZER = "ja_text";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * How long an alias seen to exist is taken to exist. An engine that lost its data (restarted on an empty
     * directory) answers "index not found" for at most this long before the next search creates the index again.
     */
    private static final Duration CONFIRMED_FOR = Duration.ofSeconds(5);
    /** Documents a bulk request of a rebuild carries. */
    static final int BULK_BATCH = 1000;

    private final ElasticsearchClient client;
    private final String prefix;
    private final Supplier<List<String>> synonyms;
    /** Alias → when it was last seen to exist (System.nanoTime). */
    private final Map<String, Long> confirmed = new ConcurrentHashMap<>();

    /**
     * @param prefix names this application's indices ({@code <prefix>-registry}), so that several installations, or
     *               test databases, can share one cluster without seeing each other's documents
     */
    public SearchIndices(ElasticsearchClient client, String prefix) {
        this(client, prefix, List::of);
    }

    /**
     * @param synonyms the 同義語 rules the text fields are searched with ({@code マイナンバー, 個人番号}), read each time an
     *                 index is created; indices built with other rules are not {@linkplain #isCurrent current}
     */
    public SearchIndices(ElasticsearchClient client, String prefix, Supplier<List<String>> synonyms) {
        if (!prefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("索引名の接頭辞は英小文字・数字・-・_ で指定してください: " + prefix);
        }
        this.client = client;
        this.prefix = prefix;
        this.synonyms = synonyms;
    }

    public String prefix() {
        return prefix;
    }

    /** Deletes every index of this prefix: for throwaway installations such as test contexts. */
    public void deleteAll() throws IOException {
        confirmed.clear();
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

    /**
     * Creates the index and its alias if the alias does not exist yet. Every search calls this, so an alias seen a
     * moment ago is not asked for again: one more round trip, under a lock, per search would serialise them all.
     */
    public void ensure(String family) throws IOException {
        String alias = alias(family);
        Long seen = confirmed.get(alias);
        if (seen != null && System.nanoTime() - seen < CONFIRMED_FOR.toNanos()) {
            return;
        }
        synchronized (this) {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                String index = createIndex(family);
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
            }
            confirmed.put(alias, System.nanoTime());
        }
    }

    /**
     * Builds a fresh index from {@code documents}, then points the alias at it and drops the old one. The documents
     * go in bulk requests of {@value #BULK_BATCH}, with the new index refreshed only at the end: one request of a
     * whole corpus would exceed what the engine takes in one request.
     *
     * @param documents the index operations for the new index (named by its argument), read as they are sent
     * @return the number of documents indexed
     */
    public synchronized long rebuild(String family, Function<String, Stream<BulkOperation>> documents) throws IOException {
        String alias = alias(family);
        String index = createIndex(family);
        client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
        long indexed = 0;
        List<BulkOperation> batch = new ArrayList<>(BULK_BATCH);
        Iterator<BulkOperation> operations = documents.apply(index).iterator();
        while (operations.hasNext()) {
            batch.add(operations.next());
            if (batch.size() == BULK_BATCH || !operations.hasNext()) {
                send(index, batch);
                indexed += batch.size();
                batch.clear();
            }
        }
        client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(index));
        Map<String, ?> current = client.indices().getAlias(g -> g.name(alias).ignoreUnavailable(true)).result();
        client.indices().updateAliases(u -> {
            current.keySet().forEach(old -> u.actions(a -> a.remove(remove -> remove.index(old).alias(alias))));
            return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
        });
        for (String old : current.keySet()) {
            client.indices().delete(d -> d.index(old));
        }
        confirmed.put(alias, System.nanoTime());
        return indexed;
    }

    /** One bulk request of the rebuild; a document the engine refuses abandons the new index. */
    private void send(String index, List<BulkOperation> batch) throws IOException {
        BulkResponse response = client.bulk(b -> b.operations(batch));
        if (response.errors()) {
            client.indices().delete(d -> d.index(index));
            throw new IOException("索引の再構築で登録できない文書がありました: " + response.items().stream()
                    .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse(""));
        }
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
        String version = definition(family).version();
        return client.indices().getMapping(g -> g.index(alias)).result().values().stream()
                .allMatch(index -> index.mappings().meta().containsKey(MAPPINGS_VERSION)
                        && index.mappings().meta().get(MAPPINGS_VERSION).to(String.class).equals(version));
    }

    private String createIndex(String family) throws IOException {
        String index = alias(family) + "-" + Instant.now().toEpochMilli();
        Definition definition = definition(family);
        client.indices().create(c -> c.index(index)
                .settings(s -> s.withJson(new StringReader(definition.settings())))
                .mappings(m -> m.withJson(new StringReader(definition.mappings())).meta(MAPPINGS_VERSION, JsonData.of(definition.version()))));
        return index;
    }

    /** Settings and mappings as an index of the family is created now, with a digest of both. */
    private record Definition(String settings, String mappings, String version) {
    }

    /**
     * The resources with the 同義語 added: a synonym filter, a search analyzer that is the text analyzer followed by it,
     * and that search analyzer on every field analysed as Japanese text.
     */
    private Definition definition(String family) throws IOException {
        ObjectNode settings;
        ObjectNode mappings;
        try (InputStream settingsIn = resource(SETTINGS); InputStream mappingsIn = resource(family + "-mappings.json")) {
            settings = (ObjectNode) JSON.readTree(settingsIn);
            mappings = (ObjectNode) JSON.readTree(mappingsIn);
        }
        ObjectNode analysis = (ObjectNode) settings.path("analysis");
        ArrayNode rules = analysis.with("filter").putObject(SYNONYMS_FILTER).put("type", "synonym_graph").putArray("synonyms");
        synonyms.get().forEach(rules::add);
        ObjectNode search = ((ObjectNode) analysis.path("analyzer").path(TEXT_ANALYZER)).deepCopy();
        ((ArrayNode) search.path("filter")).add(SYNONYMS_FILTER);
        ((ObjectNode) analysis.path("analyzer")).set(SEARCH_ANALYZER, search);
        searchedWithSynonyms(mappings);
        String settingsText = JSON.writeValueAsString(settings);
        String mappingsText = JSON.writeValueAsString(mappings);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(settingsText.getBytes(StandardCharsets.UTF_8));
            digest.update(mappingsText.getBytes(StandardCharsets.UTF_8));
            return new Definition(settingsText, mappingsText, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void searchedWithSynonyms(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (TEXT_ANALYZER.equals(object.path("analyzer").asText()) && !object.has("search_analyzer")) {
                object.put("search_analyzer", SEARCH_ANALYZER);
            }
            object.forEach(SearchIndices::searchedWithSynonyms);
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
