package jp.shingikai.app.registry;

import jp.shingikai.search.extraction.ExtractionLimits;
import jp.shingikai.search.extraction.TikaTextExtractor;
import jp.shingikai.search.importers.ImporterSelection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean(destroyMethod = "close")
    TikaTextExtractor textExtractor() {
        return new TikaTextExtractor(ExtractionLimits.defaults());
    }

    @Bean
    ImporterSelection importerSelection() {
        return ImporterSelection.standard();
    }
}
