package jp.shingikai.app.documents;

import jp.shingikai.app.system.StorageProperties;
import jp.shingikai.templates.DocumentGenerator;
import jp.shingikai.templates.PacketAssembler;
import jp.shingikai.templates.TemplateSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    /** Templates the secretariat replaced live under {@code <data-dir>/templates}; the rest are the bundled defaults. */
    @Bean
    TemplateSource templateSource(StorageProperties storage) {
        return new TemplateSource(storage.dataDir().resolve("templates"));
    }

    @Bean
    DocumentGenerator documentGenerator(TemplateSource templates) {
        return new DocumentGenerator(templates);
    }

    @Bean
    PacketAssembler packetAssembler() {
        return new PacketAssembler();
    }
}
