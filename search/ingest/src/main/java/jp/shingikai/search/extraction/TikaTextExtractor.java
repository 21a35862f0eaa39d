package jp.shingikai.search.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jp.shingikai.japanese.JapaneseText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Apache Tika behind {@link TextExtractor}: PDF, Word (.docx, .doc), Excel, HTML and plain text in any Japanese
 * encoding (Shift_JIS, EUC-JP, UTF-8). Scanned PDFs are read with Tesseract's Japanese model where Debian's
 * {@code tesseract-ocr-jpn} is installed, and reported as {@link ExtractionOutcome#OCR_UNAVAILABLE} where it is not.
 * The ruled tables of PDFs are rebuilt cell by cell ({@link RuledTablePdfText}), as Word tables come out.
 */
public final class TikaTextExtractor implements TextExtractor, AutoCloseable {

    private static final String PDF = "application/pdf";
    private static final Path TESSERACT = Path.of("/usr/bin/tesseract");
    private static final Path JAPANESE_MODEL_DIRECTORY = Path.of("/usr/share/tesseract-ocr");

    private final AutoDetectParser parser;
    private final ExtractionLimits limits;
    private final boolean ocrAvailable;
    private final ExecutorService worker = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "text-extraction");
        thread.setDaemon(true);
        return thread;
    });

    public TikaTextExtractor(ExtractionLimits limits) {
        this(limits, true);
    }

    /** @param readScans whether to read scanned PDFs by OCR where Tesseract and its Japanese model are installed */
    public TikaTextExtractor(ExtractionLimits limits, boolean readScans) {
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        this.limits = limits;
        this.ocrAvailable = readScans && Files.isExecutable(TESSERACT) && japaneseModelInstalled();
    }

    public boolean ocrAvailable() {
        return ocrAvailable;
    }

    @Override
    public ExtractionResult extract(String fileName, byte[] content) {
        if (content.length == 0) {
            return ExtractionResult.failed(ExtractionOutcome.FAILED, null, "「" + fileName + "」は空のファイルです。");
        }
        if (content.length > limits.maxBytes()) {
            return ExtractionResult.failed(ExtractionOutcome.FAILED, null, "「" + fileName + "」は大きすぎます（"
                    + megabytes(content.length) + "MB、上限 " + megabytes(limits.maxBytes()) + "MB）。");
        }
        Optional<String> refusal = UploadScreening.refusal(fileName, content, limits);
        if (refusal.isPresent()) {
            return ExtractionResult.failed(ExtractionOutcome.REFUSED, null, refusal.get());
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        String mediaType = detect(content, metadata);
        if (!parser.getParsers().containsKey(MediaType.parse(mediaType).getBaseType()) && !isText(mediaType)) {
            return ExtractionResult.failed(ExtractionOutcome.UNSUPPORTED, mediaType,
                    "「" + fileName + "」は読み取りに対応していない形式です（" + mediaType + "）。");
        }
        Future<ExtractionResult> parsing = worker.submit(() -> parse(fileName, content, metadata, mediaType));
        try {
            return parsing.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parsing.cancel(true);
            return ExtractionResult.failed(ExtractionOutcome.FAILED, mediaType,
                    "「" + fileName + "」を " + limits.timeout().toSeconds() + " 秒以内に読み取れませんでした。");
        } catch (ExecutionException e) {
            return ExtractionResult.failed(ExtractionOutcome.FAILED, mediaType,
                    "「" + fileName + "」を読み取れませんでした（" + e.getCause().getClass().getSimpleName() + "）。");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExtractionResult.failed(ExtractionOutcome.FAILED, mediaType, "読み取りが中断されました。");
        }
    }

    private ExtractionResult parse(String fileName, byte[] content, Metadata metadata, String mediaType) {
        if (PDF.equals(mediaType)) {
            // Tika's PDF text loses table columns; they are rebuilt from the layout: from the rulings where the tables
            // have them, else from where the cells' text starts. That pass reads all of the text, so Tika's own parse
            // of the file is needed only for what it does not read: a PDF without tables, a scan, a protected file.
            Optional<String> tables = tables(content);
            if (tables.isPresent()) {
                boolean truncated = tables.get().length() > limits.maxChars();
                return result(fileName, mediaType, truncated ? tables.get().substring(0, limits.maxChars()) : tables.get(), truncated,
                        metadata, null);
            }
        }
        TableAwareText text = new TableAwareText(limits.maxChars());
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(content))) {
            parser.parse(in, text, metadata, context());
        } catch (EncryptedDocumentException e) {
            return ExtractionResult.failed(ExtractionOutcome.ENCRYPTED, mediaType,
                    "「" + fileName + "」はパスワードで保護されているため読み取れません。保護を解除したファイルを取り込んでください。");
        } catch (Exception e) {
            if (!text.truncated()) {
                return ExtractionResult.failed(ExtractionOutcome.FAILED, mediaType,
                        "「" + fileName + "」は壊れているか、形式が正しくないため読み取れません。");
            }
        }
        String read = text.toString();
        String baseType = MediaType.parse(mediaType).getBaseType().toString();
        boolean plain = baseType.equals("text/plain") || baseType.equals("text/csv");
        Optional<String> mixed = plain ? MixedEncodingText.decode(content, metadata.get(Metadata.CONTENT_ENCODING)) : Optional.empty();
        if (mixed.isPresent()) {
            read = mixed.get().length() > limits.maxChars() ? mixed.get().substring(0, limits.maxChars()) : mixed.get();
        }
        if (baseType.equals("text/csv")) {
            read = CsvText.tabbed(read);
        } else if (baseType.equals("text/plain")) {
            read = SpacedText.tabbed(read);
        }
        String note = mixed.isPresent() ? "「" + fileName + "」は UTF-8 と Shift_JIS の行が混在していたため、行ごとに文字コードを判定して読み取りました。"
                : null;
        return result(fileName, mediaType, read, text.truncated(), metadata, note);
    }

    private ExtractionResult result(String fileName, String mediaType, String read, boolean truncated, Metadata metadata, String note) {
        // Fonts map some kanji to look-alike radicals (⼝ for 口); fold them, and widths, as typed input is folded.
        String extracted = JapaneseText.normalize(read);
        if (extracted.isEmpty()) {
            return PDF.equals(mediaType) && !ocrAvailable
                    ? ExtractionResult.failed(ExtractionOutcome.OCR_UNAVAILABLE, mediaType, "「" + fileName
                            + "」は文字を含まない（スキャンした画像の）PDF です。文字認識（tesseract-ocr-jpn）が使えないため読み取れません。")
                    : ExtractionResult.failed(ExtractionOutcome.FAILED, mediaType, "「" + fileName + "」から文字を読み取れませんでした。");
        }
        String mismatch = mismatch(fileName, mediaType).orElse(null);
        return new ExtractionResult(ExtractionOutcome.OK, extracted, truncated, mediaType, metadata(metadata),
                note == null ? mismatch : mismatch == null ? note : mismatch + " " + note);
    }

    /** The PDF's tables rebuilt from its layout, both readers working on one load of the file. */
    private static Optional<String> tables(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return RuledTablePdfText.read(document).or(() -> AlignedTablePdfText.read(document));
        } catch (IOException | RuntimeException e) {
            // Unreadable to PDFBox alone (protected, damaged): Tika reads it, or says why not.
            return Optional.empty();
        }
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocrAvailable ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage("jpn");
        ocr.setSkipOcr(!ocrAvailable);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    private String detect(byte[] content, Metadata metadata) {
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(content))) {
            return parser.getDetector().detect(in, metadata).toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    /**
     * A note when the file's extension names another kind of file than its content: the content decides how it is
     * read ({@code detected}, the type detection found with the name only as a hint), and the person importing it is
     * told.
     */
    private static Optional<String> mismatch(String fileName, String detected) {
        Metadata byName = new Metadata();
        byName.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        String named;
        try {
            named = MimeTypes.getDefaultMimeTypes().detect(null, byName).getBaseType().toString();
        } catch (IOException e) {
            return Optional.empty();
        }
        String actual = MediaType.parse(detected).getBaseType().toString();
        if (named.equals(MediaType.OCTET_STREAM.toString()) || named.equals(actual) || isText(named) && isText(actual)) {
            return Optional.empty();
        }
        return Optional.of("「" + fileName + "」は拡張子（." + UploadScreening.extension(fileName) + "）と内容（" + kind(actual)
                + "）が一致しません。内容に従って読み取りました。");
    }

    private static String kind(String mediaType) {
        if (mediaType.equals(PDF)) {
            return "PDF";
        }
        if (mediaType.contains("wordprocessingml") || mediaType.equals("application/msword")) {
            return "Word 文書";
        }
        if (mediaType.contains("spreadsheetml") || mediaType.equals("application/vnd.ms-excel")) {
            return "Excel ブック";
        }
        if (mediaType.equals("text/html")) {
            return "HTML";
        }
        return isText(mediaType) ? "テキスト" : mediaType;
    }

    private static boolean isText(String mediaType) {
        return mediaType.startsWith("text/");
    }

    private static Map<String, String> metadata(Metadata metadata) {
        Map<String, String> values = new TreeMap<>();
        for (String name : metadata.names()) {
            values.put(name, metadata.get(name));
        }
        return values;
    }

    private static boolean japaneseModelInstalled() {
        try (var files = Files.walk(JAPANESE_MODEL_DIRECTORY, 4)) {
            return files.anyMatch(file -> file.getFileName().toString().equals("jpn.traineddata"));
        } catch (IOException e) {
            return false;
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f", bytes / 1024.0 / 1024.0);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
