package jp.shingikai.app.registry;

import jp.shingikai.search.extraction.TikaTextExtractor;
import jp.shingikai.search.importers.ImporterSelection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractionProperties.class)
class RegistryConfiguration {

    @Bean(destroyMethod = "close")
    TikaTextExtractor textExtractor(ExtractionProperties properties) {
        return new TikaTextExtractor(properties.limits());
    }

    @Bean
    ImporterSelection importerSelection() {
        return ImporterSelection.standard();
    }
}
