package jp.shingikai.app.precedents;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jp.shingikai.app.problems.SearchUnavailableException;

/**
 * A call to the search engine, with the engine's absence said as such: no connection, or an engine that answers it
 * cannot serve yet (restarting, shards not ready, an index lost with its data), is {@link SearchUnavailableException}
 * (503), not a system error.
 */
public final class EngineCalls {

    private EngineCalls() {
    }

    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException;
    }

    public static <T> T answer(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        } catch (ElasticsearchException e) {
            // An index gone with the engine's data is created again by the next search a few seconds on.
            if (e.status() >= 500 || "index_not_found_exception".equals(e.error().type())) {
                throw new SearchUnavailableException(e);
            }
            throw e;
        }
    }
}
