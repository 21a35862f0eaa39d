package jp.shingikai.search.importers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the test once for each format a published document comes in: its text, as Word and as a PDF. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "from {0}")
@ValueSource(strings = {"text", "docx", "pdf"})
@interface InEveryFormat {
}
