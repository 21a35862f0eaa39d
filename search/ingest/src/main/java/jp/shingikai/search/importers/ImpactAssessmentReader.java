package jp.shingikai.search.importers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.shingikai.japanese.Wareki;
import jp.shingikai.japanese.WarekiFormatException;

/**
 * Reads a 特定個人情報保護評価書 (基礎項目, 重点項目 or 全項目) in the 個人情報保護委員会's 様式, as text, Word or PDF
 * turned into tab-separated lines: the 評価書's number, name, agency and 公表日; I 基本情報; II per file; every
 * 提供先 and 移転先, from the file's overview (提供先1 …) or from the 別紙 lists; III リスク対策; the 評価実施手続 (意見の聴取,
 * 第三者点検); and the 変更箇所 as dated changes. Sections are found by their headings, items by their labels, so the
 * numbering (V or VI) and the order of columns do not matter. What cannot be read goes to review with the reason.
 */
public final class ImpactAssessmentReader {

    private static final Pattern TITLE = Pattern.compile("特定個人情報保護評価書[(（](基礎項目|重点項目|全項目)評価書[)）]");
    private static final Pattern HEADING = Pattern.compile("^(?:I{1,3}|IV|VI?|V)[\\s.、]+(.{2,40})$");
    private static final Pattern ANNEX = Pattern.compile("^[(（]?別[紙添]\\s*\\d*[)）]?\\s*(.*)$");
    private static final Pattern NUMBERED_FILE = Pattern.compile("^[(（](\\d+)[)）]\\s*(.+)$");
    private static final Pattern BLOCK = Pattern.compile("^(提供先|移転先)\\s*(\\d+)$");
    private static final Pattern CIRCLED = Pattern.compile("^[①-⑳]");
    private static final Pattern TICKED = Pattern.compile("\\[\\s*[○〇✓✔]\\s*\\]\\s*([^\\[]+)");
    private static final Pattern BRACKETED = Pattern.compile("^\\[\\s*(.*?)\\s*\\]\\s*(.*)$");
    private static final Pattern DECLARED = Pattern.compile("(提供|移転)を行っている\\s*[(（]\\s*(\\d+)\\s*[)）]\\s*件");
    private static final Pattern DATE = Pattern.compile("(明治|大正|昭和|平成|令和)(元|\\d{1,2})年\\d{1,2}月\\d{1,2}日");

    private enum Section { HEAD, BASICS, FILES, RISK, DISCLOSURE, PROCEDURES, PROVISIONS, TRANSFERS, CHANGES, RECORD_ITEMS, OTHER }

    /** Whether the text is a 評価書 of the 様式. */
    public static boolean recognize(String text) {
        String flat = text.replaceAll("\\s", "");
        return flat.contains("特定個人情報保護評価書") && (flat.contains("評価書番号") || flat.contains("基本情報"));
    }

    public ImpactAssessment read(String text, String source) {
        return new Reading(source).read(text);
    }

    /** One pass over the lines, keeping what the current section, file and block are. */
    private static final class Reading {

        private final String source;
        private final Map<String, String> head = new LinkedHashMap<>();
        private final Map<String, String> basics = new LinkedHashMap<>();
        private final Map<String, String> procedures = new LinkedHashMap<>();
        private final List<ImpactAssessment.AssessedFile> files = new ArrayList<>();
        private final List<ImpactAssessment.Transfer> transfers = new ArrayList<>();
        private final List<ImpactAssessment.Change> changes = new ArrayList<>();
        private final List<ReviewItem> review = new ArrayList<>();
        private final StringBuilder risk = new StringBuilder();
        private final Map<String, Integer> declared = new LinkedHashMap<>();
        private final List<String> annexReferences = new ArrayList<>();
        /** The 別添 記録項目: every item the file records, beside the main ones II lists. */
        private final List<String> recordItems = new ArrayList<>();
        private Section section = Section.HEAD;
        private String pendingHeadLabel;
        private boolean fileNameNext;
        private Map<String, String> file;
        private Map<String, String> block;
        private String blockKind;
        private String blockNumber;
        private Provenance blockStart;
        private String commentOrReview;
        private Map<String, Integer> columns;
        private Map<String, String> target;
        private String lastField;

        Reading(String source) {
            this.source = source;
        }

        ImpactAssessment read(String text) {
            String level = Optional.of(TITLE.matcher(text.replaceAll("\\s", ""))).filter(Matcher::find).map(m -> m.group(1) + "評価")
                    .orElse("");
            for (TabularText.Line line : TabularText.lines(text)) {
                line(line.text(), new Provenance(source, section.name(), line.number()));
            }
            closeBlock();
            checkCounts();
            if (!recordItems.isEmpty() && !files.isEmpty()) {
                // One list for the 評価書: it belongs to its first file unless the annex names the file itself.
                files.get(0).fields().put("recordItemsAnnex", String.join("、", recordItems));
            }
            String agency = head.getOrDefault("agency", "");
            LocalDate published = null;
            String publishedText = head.getOrDefault("published", "");
            try {
                published = firstDate(publishedText).orElse(null);
            } catch (WarekiFormatException e) {
                review.add(new ReviewItem(publishedText, "公表日が読み取れません: " + e.getMessage(), new Provenance(source, "HEAD", 0)));
            }
            return new ImpactAssessment(level, head.getOrDefault("number", ""), head.getOrDefault("title", ""), agency,
                    PersonalFileRegisterImporter.municipalityOf(agency).orElse(TabularText.municipality(text)), published,
                    publishedText, basics, files, transfers, risk.toString().strip(), procedures, changes, review);
        }

        private void line(String text, Provenance at) {
            if (text.isBlank()) {
                return;
            }
            if (!text.contains("\t") && switchSection(text)) {
                return;
            }
            switch (section) {
                case HEAD -> head(text);
                case BASICS -> labelled(text, this::basic);
                case FILES -> fileLine(text, at);
                case RISK -> {
                    if (risk.length() < 20_000) {
                        risk.append(text.replace('\t', ' ')).append('\n');
                    }
                }
                case PROCEDURES -> procedure(text);
                case PROVISIONS, TRANSFERS -> annexRow(text, at);
                case CHANGES -> changeRow(text, at);
                case RECORD_ITEMS -> recordItems.add(text.replace('\t', ' ').strip());
                default -> {
                }
            }
        }

        private boolean switchSection(String text) {
            Matcher heading = HEADING.matcher(text);
            Matcher annex = ANNEX.matcher(text);
            Section next = null;
            if (heading.matches()) {
                String name = heading.group(1);
                next = name.contains("基本情報") ? Section.BASICS : name.contains("ファイルの概要") ? Section.FILES
                        : name.contains("リスク対策") ? Section.RISK : name.contains("開示請求") ? Section.DISCLOSURE
                        : name.contains("評価実施手続") ? Section.PROCEDURES : null;
            } else if (annex.matches() && text.length() < 60) {
                String name = annex.group(1);
                next = name.contains("変更箇所") ? Section.CHANGES : name.contains("提供先") ? Section.PROVISIONS
                        : name.contains("移転先") ? Section.TRANSFERS : name.contains("記録項目") ? Section.RECORD_ITEMS : Section.OTHER;
                if ((next == Section.PROVISIONS || next == Section.TRANSFERS) && next == section) {
                    return true; // the list continues on the next page under its title again
                }
            }
            if (next == null) {
                return false;
            }
            closeBlock();
            section = next;
            columns = null;
            target = null;
            lastField = null;
            return true;
        }

        private void head(String text) {
            List<String> cells = TabularText.cells(text);
            String label = cells.get(0).replaceAll("\\s", "");
            String value = cells.size() > 1 ? String.join(" ", cells.subList(1, cells.size())).strip() : "";
            if (pendingHeadLabel != null) {
                if (pendingHeadLabel.equals("numberAndTitle") && cells.size() >= 2) {
                    head.put("number", cells.get(0));
                    head.put("title", cells.get(1));
                } else if (!pendingHeadLabel.equals("numberAndTitle")) {
                    head.put(pendingHeadLabel, text.replace('\t', ' ').strip());
                }
                pendingHeadLabel = null;
                return;
            }
            if (label.equals("評価書番号")) {
                if (value.startsWith("評価書名")) {
                    pendingHeadLabel = "numberAndTitle";
                } else {
                    head.put("number", value);
                }
            } else if (label.equals("評価書名")) {
                head.put("title", value);
            } else if (label.startsWith("評価実施機関名")) {
                putOrWait("agency", value);
            } else if (label.equals("公表日")) {
                putOrWait("published", value);
            }
        }

        private void putOrWait(String key, String value) {
            if (value.isEmpty()) {
                pendingHeadLabel = key;
            } else {
                head.put(key, value);
            }
        }

        /** A label line (①事務の名称 …) or a line carrying on the value above it (an empty label cell). */
        private void labelled(String text, BiConsumer<String, String> field) {
            List<String> cells = TabularText.cells(text);
            String label = label(cells.get(0));
            String value = cells.size() > 1 ? String.join(" ", cells.subList(1, cells.size())).strip() : "";
            if (label.isEmpty() && !value.isEmpty() && target != null && lastField != null) {
                target.merge(lastField, value, (before, more) -> before + " " + more);
            } else if (!label.isEmpty()) {
                field.accept(label, value);
            }
        }

        private void basic(String label, String value) {
            String key = label.contains("事務の名称") ? "operationName" : label.contains("事務の内容") ? "operationContent"
                    : label.contains("システムの名称") ? "systems" : label.equals("法令上の根拠") ? "myNumberBasis"
                    : label.equals("部署") ? "department" : null;
            if (key == null || value.isEmpty()) {
                return;
            }
            target = basics;
            lastField = key;
            basics.merge(key, value, (before, more) -> before + "、" + more);
        }

        private void fileLine(String text, Provenance at) {
            List<String> cells = TabularText.cells(text);
            String label = label(cells.get(0));
            String value = cells.size() > 1 ? String.join(" ", cells.subList(1, cells.size())).strip() : "";
            if (label.contains("特定個人情報ファイル名") && value.isEmpty()) {
                fileNameNext = true;
                return;
            }
            Matcher numbered = NUMBERED_FILE.matcher(text.replace('\t', ' ').strip());
            if (fileNameNext && numbered.matches()) {
                closeBlock();
                file = new LinkedHashMap<>();
                files.add(new ImpactAssessment.AssessedFile(numbered.group(2).strip(), file));
                fileNameNext = false;
                return;
            }
            fileNameNext = false;
            Matcher started = BLOCK.matcher(label);
            if (started.matches()) {
                closeBlock();
                if (value.contains("別紙")) {
                    annexReferences.add(started.group(1));
                    return;
                }
                blockKind = started.group(1).equals("提供先") ? "PROVISION" : "TRANSFER";
                blockNumber = started.group(2);
                blockStart = at;
                block = new LinkedHashMap<>();
                block.put("counterpart", value);
                target = block;
                lastField = "counterpart";
                return;
            }
            if (block != null) {
                Optional<String> key = transferField(label);
                if (key.isPresent()) {
                    lastField = key.get();
                    block.put(lastField, unbracketed(value));
                    return;
                }
                if (label.isEmpty() && !value.isEmpty()) {
                    block.merge(lastField, value, (before, more) -> before + " " + more);
                    return;
                }
                closeBlock();
            }
            Matcher counts = DECLARED.matcher(text);
            while (counts.find()) {
                declared.put(counts.group(1).equals("提供") ? "PROVISION" : "TRANSFER", Integer.parseInt(counts.group(2)));
            }
            if (file == null) {
                return;
            }
            String key = label.contains("対象となる本人の数") ? "subjectsCount" : label.contains("対象となる本人の範囲") ? "subjectsScope"
                    : label.contains("主な記録項目") ? "recordItems" : label.equals("入手元") ? "sources"
                    : label.contains("委託の有無") ? "outsourcing" : null;
            if (key != null && !value.isEmpty()) {
                target = file;
                lastField = key;
                file.put(key, key.equals("sources") ? ticked(value) : unbracketed(value));
            } else if (label.isEmpty() && !value.isEmpty() && target == file && lastField != null) {
                file.merge(lastField, value, (before, more) -> before + " " + more);
            }
        }

        private void closeBlock() {
            if (block != null) {
                String fileName = files.isEmpty() ? "" : files.get(files.size() - 1).name();
                if (block.getOrDefault("counterpart", "").isEmpty()) {
                    review.add(new ReviewItem(blockKind + blockNumber, ("PROVISION".equals(blockKind) ? "提供先" : "移転先")
                            + "の名称が読み取れません", blockStart));
                } else {
                    transfers.add(new ImpactAssessment.Transfer(blockKind, blockNumber, fileName, Map.copyOf(block), blockStart));
                }
            }
            block = null;
        }

        private void annexRow(String text, Provenance at) {
            String kind = section == Section.PROVISIONS ? "PROVISION" : "TRANSFER";
            List<String> cells = TabularText.cells(text);
            Optional<Map<String, Integer>> header = annexHeader(cells);
            if (header.isPresent()) {
                columns = header.get();
                return;
            }
            if (columns == null || !text.contains("\t")) {
                return;
            }
            if (!cells.get(0).matches("\\d+")) {
                if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                    review.add(new ReviewItem(text.replace('\t', ' '), "番号のない行です（ページをまたいで分かれた行の続きかもしれません）", at));
                }
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            columns.forEach((field, column) -> {
                if (column < cells.size() && !cells.get(column).isEmpty()) {
                    fields.put(field, cells.get(column));
                }
            });
            if (fields.getOrDefault("counterpart", "").isEmpty()) {
                review.add(new ReviewItem(text.replace('\t', ' '), (kind.equals("PROVISION") ? "提供先" : "移転先") + "の名称が読み取れません", at));
                return;
            }
            String fileName = files.size() == 1 ? files.get(0).name() : "";
            transfers.add(new ImpactAssessment.Transfer(kind, cells.get(0), fileName, fields, at));
        }

        private static Optional<Map<String, Integer>> annexHeader(List<String> cells) {
            Map<String, Integer> found = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i).replaceAll("\\s", "");
                String key = cell.matches("(提供先|移転先)(名|\\(移転先\\))?") ? "counterpart" : transferField(cell).orElse(null);
                if (key != null && !found.containsKey(key)) {
                    found.put(key, i);
                }
            }
            return found.containsKey("counterpart") && found.containsKey("basis") ? Optional.of(found) : Optional.empty();
        }

        private static Optional<String> transferField(String label) {
            String key = label.contains("根拠") ? "basis" : label.contains("用途") ? "use"
                    : label.contains("本人の数") ? "subjectsCount" : label.contains("本人の範囲") ? "subjectsScope"
                    : label.matches("(提供|移転)する情報") ? "information" : label.matches("(提供|移転)方法|方法") ? "method"
                    : label.contains("時期") || label.contains("頻度") ? "timing" : null;
            return Optional.ofNullable(key);
        }

        private void procedure(String text) {
            String flat = text.replaceAll("\\s", "");
            if (!text.contains("\t") && flat.contains("意見の聴取")) {
                commentOrReview = "comment";
                return;
            }
            if (!text.contains("\t") && flat.contains("第三者点検")) {
                commentOrReview = "review";
                return;
            }
            if (!text.contains("\t") && (flat.contains("承認") || flat.contains("基礎項目評価"))) {
                commentOrReview = null;
                return;
            }
            labelled(text, (label, value) -> {
                String key = null;
                if ("comment".equals(commentOrReview)) {
                    key = label.equals("方法") ? "commentMethod" : label.contains("実施日") ? "commentPeriod"
                            : label.contains("主な意見") ? "mainComments" : null;
                } else if ("review".equals(commentOrReview)) {
                    key = label.equals("実施日") ? "reviewDate" : label.equals("方法") ? "reviewMethod"
                            : label.equals("結果") ? "reviewResult" : null;
                }
                if (key != null && !value.isEmpty()) {
                    target = procedures;
                    lastField = key;
                    procedures.put(key, value);
                }
            });
        }

        private void changeRow(String text, Provenance at) {
            List<String> cells = TabularText.cells(text);
            if (cells.get(0).replaceAll("\\s", "").equals("変更日")) {
                columns = new LinkedHashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    String cell = cells.get(i).replaceAll("\\s", "");
                    String key = cell.equals("変更日") ? "date" : cell.equals("項目") ? "item" : cell.startsWith("変更前") ? "before"
                            : cell.startsWith("変更後") ? "after" : cell.equals("提出時期") ? "timing" : null;
                    if (key != null) {
                        columns.put(key, i);
                    }
                }
                return;
            }
            if (columns == null || !text.contains("\t") || cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            String dateText = cell(cells, "date");
            Optional<LocalDate> date;
            try {
                date = firstDate(dateText);
            } catch (WarekiFormatException e) {
                date = Optional.empty();
            }
            if (date.isEmpty()) {
                review.add(new ReviewItem(text.replace('\t', ' '), "変更日が読み取れません", at));
                return;
            }
            changes.add(new ImpactAssessment.Change(date.get(), dateText, cell(cells, "item"), cell(cells, "before"),
                    cell(cells, "after"), cell(cells, "timing"), at));
        }

        private String cell(List<String> cells, String key) {
            Integer column = columns.get(key);
            return column != null && column < cells.size() ? cells.get(column) : "";
        }

        private void checkCounts() {
            for (String kind : annexReferences) {
                String code = kind.equals("提供先") ? "PROVISION" : "TRANSFER";
                if (transfers.stream().noneMatch(transfer -> transfer.kind().equals(code))) {
                    review.add(new ReviewItem(kind + "一覧", "「別紙参照」とされている" + kind + "一覧（別紙）が見つかりません",
                            new Provenance(source, "FILES", 0)));
                }
            }
            declared.forEach((kind, count) -> {
                long read = transfers.stream().filter(transfer -> transfer.kind().equals(kind)).count();
                if (read != count) {
                    String name = kind.equals("PROVISION") ? "提供先" : "移転先";
                    review.add(new ReviewItem(name + " " + count + "件", name + "は" + count + "件とされていますが、読み取れたのは" + read
                            + "件です", new Provenance(source, "FILES", 0)));
                }
            });
        }

        private static String label(String cell) {
            return CIRCLED.matcher(cell.replaceAll("[\\s※]", "")).replaceFirst("");
        }

        private static String ticked(String value) {
            List<String> sources = new ArrayList<>();
            Matcher ticked = TICKED.matcher(value);
            while (ticked.find()) {
                sources.add(ticked.group(1).strip());
            }
            return sources.isEmpty() ? value : String.join("、", sources);
        }

        private static String unbracketed(String value) {
            Matcher bracketed = BRACKETED.matcher(value);
            return bracketed.matches() ? (bracketed.group(1) + " " + bracketed.group(2)).strip() : value;
        }

        private static Optional<LocalDate> firstDate(String text) {
            Matcher date = DATE.matcher(text.replaceAll("\\s", ""));
            return date.find() ? Wareki.tryParse(date.group()) : Optional.empty();
        }
    }
}
