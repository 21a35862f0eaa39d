package jp.shingikai.app.precedents;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jp.shingikai.search.index.SearchIndices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrecedentsConfiguration {

    @Bean
    SearchIndices searchIndices(ElasticsearchClient client, @Value("${shingikai.search.index-prefix:shingikai}") String prefix,
            Synonyms synonyms) {
        return new SearchIndices(client, prefix, synonyms::rules);
    }
}
