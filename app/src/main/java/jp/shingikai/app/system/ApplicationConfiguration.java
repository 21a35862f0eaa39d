package jp.shingikai.app.system;

import java.time.Clock;
import java.time.ZoneId;

import jp.shingikai.forms.FormDefinitions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the library modules and of the platform that several features share. */
@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration {

    /** City-hall dates (年度, 受理日) are dates in Japan, whatever the server's zone. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Tokyo"));
    }

    @Bean
    FormDefinitions formDefinitions() {
        return new FormDefinitions();
    }
}
