package jp.shingikai.app.documents;

import java.time.Duration;

import jp.shingikai.app.system.StorageProperties;
import jp.shingikai.templates.ColdOffice;
import jp.shingikai.templates.DocumentGenerator;
import jp.shingikai.templates.PacketAssembler;
import jp.shingikai.templates.TemplateSource;
import jp.shingikai.templates.WarmOffice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    /** How long one paper may take in the kept LibreOffice before it is taken as hung and started again. */
    private static final Duration PAPER_TIMEOUT = Duration.ofMinutes(2);

    /** Templates the secretariat replaced live under {@code <data-dir>/templates}; the rest are the bundled defaults. */
    @Bean
    TemplateSource templateSource(StorageProperties storage) {
        return new TemplateSource(storage.dataDir().resolve("templates"));
    }

    @Bean
    DocumentGenerator documentGenerator(TemplateSource templates) {
        return new DocumentGenerator(templates);
    }

    /**
     * A LibreOffice kept running for the packets' PDFs, started with the application (in the background: the
     * application does not wait for it) and stopped with it. None where LibreOffice is not installed (the packet is
     * then Word only), and the command-line import needs none.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnWebApplication
    @ConditionalOnProperty(prefix = "shingikai.documents", name = "warm-office", havingValue = "true", matchIfMissing = true)
    @Conditional(LibreOfficeInstalled.class)
    WarmOffice warmOffice(StorageProperties storage) {
        WarmOffice office = new WarmOffice(PAPER_TIMEOUT, new ColdOffice(), storage.dataDir().resolve("office"));
        office.startInBackground();
        return office;
    }

    @Bean
    PacketAssembler packetAssembler(ObjectProvider<WarmOffice> warmOffice) {
        WarmOffice kept = warmOffice.getIfAvailable();
        return new PacketAssembler(kept != null ? kept : new ColdOffice());
    }

    static class LibreOfficeInstalled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return WarmOffice.installed();
        }
    }
}
