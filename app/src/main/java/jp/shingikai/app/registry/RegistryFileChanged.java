package jp.shingikai.app.registry;

/** A file of a municipality's ファイル簿 has a new version (not its first). */
public record RegistryFileChanged(String municipality, String fileName) {
}
