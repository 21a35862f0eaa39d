package jp.shingikai.app.precedents;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jp.shingikai.app.problems.SearchUnavailableException;

/**
 * A call to the search engine, with the engine's absence said as such: no connection, or an engine that answers it
 * cannot serve yet (restarting, shards not ready), is {@link SearchUnavailableException} (503), not a system error.
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
            if (e.status() >= 500) {
                throw new SearchUnavailableException(e);
            }
            throw e;
        }
    }
}
