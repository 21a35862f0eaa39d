package jp.shingikai.app.searchengine;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search client writes documents with the application's JSON settings: java.time as ISO text. */
@Configuration(proxyBeanMethods = false)
class SearchClientConfiguration {

    @Bean
    JsonpMapper jsonpMapper(ObjectMapper json) {
        return new JacksonJsonpMapper(json.copy());
    }
}
