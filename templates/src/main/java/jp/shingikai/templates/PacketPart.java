package jp.shingikai.templates;

/**
 * One document of a meeting packet.
 *
 * @param bookmark how the PDF's outline names it (会議次第, 資料1 …)
 * @param fileName its name inside the .zip bundle
 */
public record PacketPart(String bookmark, String fileName, byte[] docx) {
}
