package jp.shingikai.templates;

import java.util.List;

/** Word files as PDFs, in the order given; {@link DocumentGenerationException} when one cannot be converted. */
public interface PdfConversion {

    List<byte[]> toPdf(List<byte[]> docx);
}
