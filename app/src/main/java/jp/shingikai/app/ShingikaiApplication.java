package jp.shingikai.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 審議会 consultation workflow: drafts, review, meetings, documents, answers, reports and precedent search. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShingikaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShingikaiApplication.class, args);
    }
}
