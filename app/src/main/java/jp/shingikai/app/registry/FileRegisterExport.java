package jp.shingikai.app.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.registry.internal.RegistryRepository;
import jp.shingikai.app.system.Csv;
import jp.shingikai.app.system.FileResponses;
import jp.shingikai.app.system.Hashes;
import jp.shingikai.search.importers.PersonalFileItem;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A municipality's 個人情報ファイル簿 as residents read it: one row per file in force, the thirteen items in the order of
 * the published register, as CSV or as an Excel workbook.
 */
@Component
@RequiredArgsConstructor
class FileRegisterExport {

    private static final String SHEET = "個人情報ファイル簿";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Column widths in characters: names and short items narrow, descriptions wide. */
    private static final int NARROW = 18;
    private static final int WIDE = 40;

    private final RegistryRepository registry;
    private final CouncilDirectory councils;

    /**
     * The register as a download, {@code csv} or {@code xlsx}; our own municipality's (the council's) unless another
     * is named.
     */
    ResponseEntity<byte[]> download(String municipality, String format) {
        String of = municipality == null || municipality.isBlank() ? councils.councils().get(0).municipality() : municipality.strip();
        byte[] content = switch (format == null ? "csv" : format) {
            case "csv" -> csv(of).getBytes(StandardCharsets.UTF_8);
            case "xlsx" -> xlsx(of);
            default -> throw new InvalidInputException("/format", "形式", "形式は csv または xlsx を指定してください。");
        };
        String mediaType = "xlsx".equals(format) ? XLSX : "text/csv;charset=UTF-8";
        return FileResponses.attachment(SHEET + "_" + of + "." + (format == null ? "csv" : format), mediaType,
                Hashes.sha256(content), content);
    }

    String csv(String municipality) {
        return Csv.write(headings(), rows(municipality));
    }

    byte[] xlsx(String municipality) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            CellStyle heading = workbook.createCellStyle();
            heading.cloneStyleFrom(wrapped);
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            write(sheet.createRow(0), headings(), heading);
            List<List<String>> rows = rows(municipality);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i), wrapped);
            }
            for (PersonalFileItem item : PersonalFileItem.values()) {
                boolean wide = item == PersonalFileItem.PURPOSE || item == PersonalFileItem.RECORD_ITEMS
                        || item == PersonalFileItem.RECORD_SCOPE || item == PersonalFileItem.COLLECTION_METHOD;
                sheet.setColumnWidth(item.ordinal(), (wide ? WIDE : NARROW) * 256);
            }
            sheet.createFreezePane(1, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headings() {
        return Arrays.stream(PersonalFileItem.values()).map(PersonalFileItem::heading).toList();
    }

    private List<List<String>> rows(String municipality) {
        return registry.latestFields(municipality, Register.FILE.name()).stream()
                .map(file -> Arrays.stream(PersonalFileItem.values())
                        .map(item -> file.fields().path(item.field()).asText("")).toList())
                .toList();
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
            row.getCell(i).setCellStyle(style);
        }
    }
}
