package jp.shingikai.app.precedents;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jp.shingikai.search.index.SearchIndices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrecedentsConfiguration {

    @Bean
    SearchIndices searchIndices(ElasticsearchClient client) {
        return new SearchIndices(client);
    }
}
